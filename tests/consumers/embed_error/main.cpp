#include <ladder_data/broken.hpp>
int main() { return static_cast<int>(ladder_data::broken.view().levels().size()); }

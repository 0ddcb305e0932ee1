// Compile-cost benchmark, baseline side: what a translation unit costs with two everyday headers.
#include <string>
#include <vector>

int main() {
    std::vector<std::string> names{"ladder"};
    return names.size() == 1 ? 0 : 1;
}

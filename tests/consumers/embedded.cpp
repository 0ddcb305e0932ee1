// A ladder embedded by ladder_embed(): checked by the build, its tables in the header.
#include <ladder/ladder.hpp>
#include <ladder_data/product.hpp>

#include <cstdio>

static_assert(ladder::validate(ladder_data::product).ok());
constexpr auto staff = ladder_data::product.level("E4");

int main() {
    const ladder::ladder_view v = ladder_data::product;
    const auto& title = v[staff].title;
    std::printf("%.*s: %zu levels, E4 is %.*s\n", static_cast<int>(v.name().size()), v.name().data(), v.levels().size(),
                static_cast<int>(title.size()), title.data());
    return 0;
}

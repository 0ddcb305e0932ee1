// A .ladder text beyond what the compiler lets a constant expression do (about 32 KB for
// clang++'s step limit, 190 KB for g++'s operation limit) fails to compile with a name that
// says so and where to go: embed it with ladder_embed().
// expect: text_read_while_compiling_if_it_runs_out_of_steps_embed_it_with_ladder_embed
// expect: (maximum step limit|operation count exceeds limit)
#include <ladder/ladder.hpp>

#include <cstddef>

#ifdef LADDER_CONTROL
constexpr std::size_t tracks = 3;
#elif defined(__clang__)
constexpr std::size_t tracks = 100;
#else
constexpr std::size_t tracks = 600;
#endif

// One track: two levels, an expectation in words each, a promotion guarded by sustained work.
constexpr char block[] =
    "track tNNN \"Track\"\n"
    "level aNNN \"Level one\" on tNNN scope task {\n  expect c 1\n"
    "  means c \"Plans and ships their own tasks, and tells the team early when one slips\"\n}\n"
    "level bNNN \"Level two\" on tNNN scope team {\n  expect c 2\n"
    "  means c \"Plans and ships the work of their team, and helps others plan theirs too\"\n}\n"
    "promote aNNN -> bNNN when meets(bNNN) in at least 2 of last 3 cycles\n";
constexpr char head[] = "ladder \"Large\"\nscale s \"S\" { 1 one \"One\" 2 two \"Two\" }\ncategory k \"K\"\ncompetency c \"C\" in k\n";

constexpr std::size_t block_size = sizeof block - 1, head_size = sizeof head - 1, size = head_size + tracks * block_size;

constexpr auto large_text = [] {
    char out[size + 1]{};
    for (std::size_t i = 0; i != head_size; ++i) out[i] = head[i];
    for (std::size_t t = 0; t != tracks; ++t) {
        char* to = out + head_size + t * block_size;
        for (std::size_t i = 0; i != block_size; ++i) {
            if (block[i] == 'N') {  // NNN: the track's number in three digits
                to[i] = static_cast<char>('0' + t / 100 % 10);
                to[i + 1] = static_cast<char>('0' + t / 10 % 10);
                to[i + 2] = static_cast<char>('0' + t % 10);
                i += 2;
            } else {
                to[i] = block[i];
            }
        }
    }
    return ladder::fixed_string<size>(out);
}();

constexpr auto large = ladder::parse<large_text>();

int main() { return static_cast<int>(large.view().levels().size()); }

# Compile-cost benchmark: wall time and peak memory of compiling one translation unit per row,
# per compiler, against a baseline that includes only <vector> and <string>. Rows: each public
# header alone (the lean model header first), README.md's first example (its headers alone, then
# the whole example), the default ladder validated at compile time
# (with the umbrella header, and with only the preset's and validation's headers), 20
# compile-time rules over it, engineering.ladder read by parse<>() while compiling, and ladders
# embedded as constant tables by `ladder embed`: engineering.ladder and generated ladders of 2,
# 8 and 32 tracks (generate_ladder.cmake; 9, 32 and 127 KB: 1.3x, 4.6x and 18x
# engineering.ladder's 7 KB).
# Prints the median of REPEAT runs; it reports, it never fails on a number.
#
#   cmake [-DREPEAT=5] [-DCOMPILERS="g++|clang++|clang++ -stdlib=libc++"] [-DLADDER=path/to/ladder]
#         -P tests/benchmarks/compile_cost.cmake
# Without LADDER (the `ladder` command, e.g. build/release/tools/ladder) the embedded rows are skipped.
cmake_minimum_required(VERSION 3.23)  # string(TIMESTAMP ... "%f")

get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT REPEAT)
  set(REPEAT 5)
endif()
if(NOT COMPILERS)
  set(COMPILERS "g++|clang++|clang++ -stdlib=libc++")
endif()
string(REPLACE "|" ";" compilers "${COMPILERS}")
# Scratch files go under build/ (ignored by git), wherever the script is run from.
set(work "${root}/build/compile_cost")
file(MAKE_DIRECTORY "${work}/text/ladder_data" "${work}/tables/ladder_data")
find_program(gnu_time NAMES time PATHS /usr/bin NO_DEFAULT_PATH)

function(now_us out)
  string(TIMESTAMP s "%s")
  string(TIMESTAMP f "%f")
  math(EXPR us "${s} * 1000000 + ${f}")
  set(${out} ${us} PARENT_SCOPE)
endfunction()

# The translation units, each a name and a source file.
set(rows "")
macro(add_row name source include_dir)
  list(APPEND rows "${name}")
  set(source_${name} "${source}")
  set(include_${name} "${include_dir}")
endmacro()
function(write_source name text)
  file(WRITE "${work}/${name}.cpp" "${text}")
endfunction()

add_row(baseline "${CMAKE_CURRENT_LIST_DIR}/compile_cost_baseline.cpp" "")
foreach(header model/static_ladder.hpp presets/engineering.hpp validate/validate.hpp build/load.hpp rules/evaluate.hpp decide/decisions.hpp report/readiness.hpp
               ladder.hpp io/people_csv.hpp render/all.hpp)
  string(MAKE_C_IDENTIFIER "${header}" id)
  write_source("${id}" "#include <ladder/${header}>\nint main() {}\n")
  add_row("<ladder/${header}>" "${work}/${id}.cpp" "")
endforeach()
# README.md's first example as written: its own #include lines (the lean include), then the same
# lines with only the includes kept.
include("${root}/cmake/text_lines.cmake")
doc_blocks("${root}/README.md" cpp readme_blocks)
list(GET readme_blocks 0 first_block)
block_text("${first_block}" readme_example)
write_source(readme_example "${readme_example}int main() {}\n")
string(REGEX MATCHALL "#include <[^>\n]+>" readme_includes "${readme_example}")
list(JOIN readme_includes "\n" readme_includes)
write_source(readme_includes "${readme_includes}\nint main() {}\n")
add_row("README's first example, its headers alone" "${work}/readme_includes.cpp" "")
add_row("README's first example" "${work}/readme_example.cpp" "")
add_row("default ladder validated" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_ladder.cpp" "")
write_source(ladder_lean "#include <ladder/presets/engineering.hpp>\n#include <ladder/validate/validate.hpp>
static_assert(ladder::validate(ladder::presets::engineering()).ok());\nint main() {}\n")
add_row("default ladder validated, two headers" "${work}/ladder_lean.cpp" "")
add_row("+ 20 compile-time rules" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_rules.cpp" "")
# engineering.ladder read while compiling: the header ladder_embed() writes without the command.
execute_process(COMMAND "${CMAKE_COMMAND}" "-DINPUT=${root}/examples/data/engineering.ladder"
                "-DOUTPUT=${work}/text/ladder_data/engineering.hpp" -DNAME=engineering
                -DNAMESPACE=ladder_data -P "${root}/cmake/ladder_embed_generate.cmake")
add_row("parse<> of engineering.ladder" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_parse.cpp" "${work}/text")

if(LADDER)
  set(embedded "engineering:${root}/examples/data/engineering.ladder")
  foreach(tracks 2 8 32)
    execute_process(COMMAND "${CMAKE_COMMAND}" -DTRACKS=${tracks} "-DOUTPUT=${work}/generated_${tracks}.ladder"
                    -P "${CMAKE_CURRENT_LIST_DIR}/generate_ladder.cmake")
    list(APPEND embedded "generated_${tracks}:${work}/generated_${tracks}.ladder")
  endforeach()
  foreach(entry IN LISTS embedded)
    string(REPLACE ":" ";" entry "${entry}")
    list(GET entry 0 name)
    list(GET entry 1 file)
    execute_process(COMMAND "${LADDER}" embed "${file}" --name ${name} -o "${work}/tables/ladder_data/${name}.hpp"
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "ladder embed failed on ${file}")
    endif()
    file(SIZE "${file}" bytes)
    math(EXPR kb "(${bytes} + 512) / 1024")
    # The ladder used: a level looked up by id while compiling, the tables read at runtime.
    write_source("embedded_${name}" "#include <ladder_data/${name}.hpp>
constexpr auto first = ladder_data::${name}.level(ladder_data::${name}.view().levels()[0].id);
int main() { return static_cast<int>(ladder_data::${name}.view().levels().size() + first.index()) == 0; }\n")
    add_row("embedded ${name}.ladder (${kb} KB)" "${work}/embedded_${name}.cpp" "${work}/tables")
  endforeach()
else()
  message("(no -DLADDER=path/to/ladder: the embedded rows are skipped)")
endif()

# Median wall time (ms) of REPEAT compiles, and the peak memory (MB) of the last.
function(measure compiler source include_dir out_ms out_mb)
  separate_arguments(command UNIX_COMMAND "${compiler}")
  set(extra "")
  if(include_dir)
    set(extra "-I${include_dir}")
  endif()
  set(prefix "")
  if(gnu_time)
    set(prefix "${gnu_time}" -f "%M" -o "${work}/peak.txt")
  endif()
  set(times "")
  foreach(i RANGE 1 ${REPEAT})
    now_us(start)
    execute_process(COMMAND ${prefix} ${command} -std=c++20 -O0 "-I${root}/include" ${extra}
                            -c "${source}" -o "${work}/compile_cost.o"
                    RESULT_VARIABLE status ERROR_VARIABLE err)
    now_us(stop)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "${compiler} failed on ${source}:\n${err}")
    endif()
    math(EXPR ms "(${stop} - ${start}) / 1000")
    string(LENGTH "${ms}" len)  # zero-pad so that a lexical sort is a numeric one
    while(len LESS 8)
      string(PREPEND ms "0")
      math(EXPR len "${len} + 1")
    endwhile()
    list(APPEND times "${ms}")
  endforeach()
  list(SORT times)
  math(EXPR middle "${REPEAT} / 2")
  list(GET times ${middle} median)
  math(EXPR median "${median} + 0")  # strip the padding
  set(mb "?")
  if(gnu_time)
    file(STRINGS "${work}/peak.txt" kb_lines REGEX "^[0-9]+$")
    list(GET kb_lines -1 kb)
    math(EXPR mb "(${kb} + 512) / 1024")
  endif()
  set(${out_ms} ${median} PARENT_SCOPE)
  set(${out_mb} ${mb} PARENT_SCOPE)
endfunction()

# "a / b" as text with two decimals, e.g. 2.80x.
function(ratio a b out)
  math(EXPR x100 "${a} * 100 / ${b}")
  math(EXPR whole "${x100} / 100")
  math(EXPR frac "${x100} % 100")
  if(frac LESS 10)
    set(frac "0${frac}")
  endif()
  set(${out} "${whole}.${frac}x" PARENT_SCOPE)
endfunction()

message("compile cost, median of ${REPEAT} runs (-std=c++20 -O0 -c); ms, ratio to the baseline, peak MB")
foreach(compiler IN LISTS compilers)
  message("\n| ${compiler} | ms | ratio | peak MB |\n|---|---|---|---|")
  set(base "")
  foreach(row IN LISTS rows)
    measure("${compiler}" "${source_${row}}" "${include_${row}}" ms mb)
    if(NOT base)
      set(base ${ms})
    endif()
    ratio(${ms} ${base} r)
    message("| ${row} | ${ms} | ${r} | ${mb} |")
  endforeach()
endforeach()

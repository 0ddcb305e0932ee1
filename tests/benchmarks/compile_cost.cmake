# Compile-cost benchmark: wall time and peak memory of compiling one translation unit per row,
# per compiler, against a baseline that includes only <vector> and <string>. Rows: each public
# header alone (the lean model header first), README.md's first example (its headers alone, then
# the whole example), the default ladder validated at compile time
# (with the umbrella header, and with only the preset's and validation's headers), 20
# compile-time rules over it, engineering.ladder read by parse<>() while compiling, and ladders
# embedded as constant tables by `ladder embed`: engineering.ladder and generated ladders of 2,
# 8 and 32 tracks (generate_ladder.cmake; 9, 32 and 127 KB: 1.3x, 4.6x and 18x
# engineering.ladder's 7 KB).
# Each row is compiled REPEAT times, each right after the baseline; prints the median wall time,
# the least CPU time, the median of the paired ratios of CPU time to the baseline's, the peak
# memory, and what one compile-time rule adds. It reports; it never fails on a number.
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
# The rules' file without its rules (the same header and ladder): what the 20 rules add is the
# difference.
file(READ "${CMAKE_CURRENT_LIST_DIR}/compile_cost_rules.cpp" rules_source)
string(REGEX REPLACE "constexpr auto r[0-9]+ = [^\n]*\n" "" no_rules_source "${rules_source}")
string(REGEX REPLACE "int main\\(\\)[^\n]*\n" "int main() { return acme.view().levels().empty() ? 1 : 0; }\n"
       no_rules_source "${no_rules_source}")
if(no_rules_source MATCHES "compile_rule<" OR NOT no_rules_source MATCHES "int main\\(\\) { return acme")
  message(FATAL_ERROR "compile_cost_rules.cpp is not as this script expects (rules r01..r20, one main line)")
endif()
write_source(no_rules "${no_rules_source}")
add_row("the rules' ladder, without its rules" "${work}/no_rules.cpp" "")
add_row("+ 20 compile-time rules" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_rules.cpp" "")
# 20 more, each rule again with a clause added (` and tenure >= N months`): what a rule adds once
# the compiler's code is instantiated, which the first of them pays for.
string(REGEX MATCHALL "constexpr auto r[0-9]+ = [^;\n]*" rule_lines "${rules_source}")  # up to its `;`
set(more_rules "")
set(n 0)
foreach(line IN LISTS rule_lines)
  math(EXPR n "${n} + 1")
  string(REGEX REPLACE "^constexpr auto r([0-9]+) = (.*)\">\\(\\)$" "constexpr auto s\\1 = \\2 and tenure >= ${n} months\">()"
         line "${line}")
  string(APPEND more_rules "${line};\n")
endforeach()
string(REPLACE "\nint main()" "\n${more_rules}int main()" rules_40_source "${rules_source}")
if(NOT n EQUAL 20 OR NOT rules_40_source MATCHES "constexpr auto s20 = [^\n]* and tenure >= 20 months\">\\(\\);")
  message(FATAL_ERROR "compile_cost_rules.cpp is not as this script expects (rules r01..r20, one main line)")
endif()
write_source(rules_40 "${rules_40_source}")
add_row("+ 40 compile-time rules" "${work}/rules_40.cpp" "")
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

# One compile: its wall time (ms), CPU time (user + system, ms: the compiler's own work, which the
# machine's other load disturbs less) and peak memory (KB; "?" without GNU time).
function(compile_once compiler source include_dir out_wall out_cpu out_kb)
  separate_arguments(command UNIX_COMMAND "${compiler}")
  set(extra "")
  if(include_dir)
    set(extra "-I${include_dir}")
  endif()
  set(prefix "")
  if(gnu_time)
    set(prefix "${gnu_time}" -f "%U %S %M" -o "${work}/usage.txt")
  endif()
  now_us(start)
  execute_process(COMMAND ${prefix} ${command} -std=c++20 -O0 "-I${root}/include" ${extra}
                          -c "${source}" -o "${work}/compile_cost.o"
                  RESULT_VARIABLE status ERROR_VARIABLE err)
  now_us(stop)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${compiler} failed on ${source}:\n${err}")
  endif()
  math(EXPR wall "(${stop} - ${start}) / 1000")
  set(cpu ${wall})
  set(kb "?")
  if(gnu_time)
    # "user system peak_kb", the times in seconds with two decimals.
    file(STRINGS "${work}/usage.txt" usage REGEX "^[0-9]+[.][0-9]+ [0-9]+[.][0-9]+ [0-9]+$")
    list(GET usage -1 usage)
    string(REGEX MATCHALL "[0-9]+" parts "${usage}")
    list(GET parts 0 user_s)
    list(GET parts 1 user_cs)
    list(GET parts 2 system_s)
    list(GET parts 3 system_cs)
    list(GET parts 4 kb)
    # 1${cs} - 100: hundredths written with a leading zero ("05") read as decimal.
    math(EXPR cpu "(${user_s} + ${system_s}) * 1000 + (1${user_cs} - 100 + 1${system_cs} - 100) * 10")
  endif()
  set(${out_wall} ${wall} PARENT_SCOPE)
  set(${out_cpu} ${cpu} PARENT_SCOPE)
  set(${out_kb} ${kb} PARENT_SCOPE)
endfunction()

# The median of a list of non-negative integers.
function(median values out)
  list(SORT values COMPARE NATURAL)
  list(LENGTH values n)
  math(EXPR middle "${n} / 2")
  list(GET values ${middle} m)
  set(${out} ${m} PARENT_SCOPE)
endfunction()

# "x / 1000" as text with two decimals, e.g. 2800 -> 2.80x.
function(permille_text x out)
  math(EXPR x10 "(${x} + 5) / 10")
  math(EXPR whole "${x10} / 100")
  math(EXPR frac "${x10} % 100")
  if(frac LESS 10)
    set(frac "0${frac}")
  endif()
  set(${out} "${whole}.${frac}x" PARENT_SCOPE)
endfunction()

# Each row is compiled REPEAT times, each time right after the baseline: the ratio is the median
# of those paired ratios of CPU time, so a machine that slows down for a while slows both sides.
message("compile cost of ${REPEAT} runs (-std=c++20 -O0 -c): median wall ms, least CPU ms (user + system),"
        " median ratio of CPU time to the baseline compiled just before, peak MB")
foreach(compiler IN LISTS compilers)
  message("\n| ${compiler} | wall ms | CPU ms | ratio | peak MB |\n|---|---|---|---|---|")
  foreach(row IN LISTS rows)
    set(walls "")
    set(cpus "")
    set(ratios "")
    foreach(i RANGE 1 ${REPEAT})
      if(NOT row STREQUAL "baseline")
        compile_once("${compiler}" "${source_baseline}" "" base_wall base_cpu base_kb)
      endif()
      compile_once("${compiler}" "${source_${row}}" "${include_${row}}" wall cpu kb)
      if(row STREQUAL "baseline")
        set(base_cpu ${cpu})
      endif()
      list(APPEND walls ${wall})
      list(APPEND cpus ${cpu})
      if(base_cpu LESS 1)
        set(base_cpu 1)  # a baseline faster than the clock's resolution
      endif()
      math(EXPR r "${cpu} * 1000 / ${base_cpu}")
      list(APPEND ratios ${r})
    endforeach()
    median("${walls}" wall)
    list(SORT cpus COMPARE NATURAL)
    list(GET cpus 0 cpu)
    median("${ratios}" r)
    permille_text(${r} r_text)
    set(mb "?")
    if(NOT kb STREQUAL "?")
      math(EXPR mb "(${kb} + 512) / 1024")
    endif()
    message("| ${row} | ${wall} | ${cpu} | ${r_text} | ${mb} |")
    if(row STREQUAL "baseline")
      set(baseline_cpu ${cpu})
    elseif(row STREQUAL "the rules' ladder, without its rules")
      set(without_rules ${r})
    elseif(row STREQUAL "+ 20 compile-time rules")
      set(with_rules ${r})
    elseif(row STREQUAL "+ 40 compile-time rules")
      set(with_40_rules ${r})
    endif()
  endforeach()
  # What one compile-time rule adds: the rules' ratio less that of the same ladder without them,
  # in the baseline's least CPU time, over 20; and the same from 20 rules to 40.
  math(EXPR per_rule "(${with_rules} - ${without_rules}) * ${baseline_cpu} / 1000 / 20")
  math(EXPR per_more_rule "(${with_40_rules} - ${with_rules}) * ${baseline_cpu} / 1000 / 20")
  message("one compile-time rule adds ${per_rule} ms of CPU time (the two rows' ratios apart, times the baseline's ${baseline_cpu} ms, over 20); from 20 rules to 40, ${per_more_rule} ms")
endforeach()

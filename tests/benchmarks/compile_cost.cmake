# Compile-cost benchmark: how long a translation unit that includes <ladder/ladder.hpp> and
# validates the default ladder at compile time takes to compile, against one that includes only
# <vector> and <string>, per compiler; and, beside them, one that only includes the umbrella
# header, and one that reads the default ladder's text (examples/data/engineering.ladder) with
# parse<>() as ladder_embed() does. Prints the median of REPEAT runs and the ratios. It reports;
# it never fails on a number.
#
#   cmake [-DREPEAT=5] [-DCOMPILERS="g++|clang++|clang++ -stdlib=libc++"] -P tests/benchmarks/compile_cost.cmake
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
file(MAKE_DIRECTORY "${work}")

function(now_us out)
  string(TIMESTAMP s "%s")
  string(TIMESTAMP f "%f")
  math(EXPR us "${s} * 1000000 + ${f}")
  set(${out} ${us} PARENT_SCOPE)
endfunction()

# The header ladder_embed() would generate for the default ladder's text.
execute_process(COMMAND "${CMAKE_COMMAND}" "-DINPUT=${root}/examples/data/engineering.ladder"
                "-DOUTPUT=${work}/embed/ladder_data/engineering.hpp" -DNAME=engineering
                -DNAMESPACE=ladder_data -P "${root}/cmake/ladder_embed_generate.cmake")

# Median wall time, in milliseconds, of compiling `source` with `compiler` REPEAT times.
function(median_compile_ms compiler source out)
  separate_arguments(command UNIX_COMMAND "${compiler}")
  set(times "")
  foreach(i RANGE 1 ${REPEAT})
    now_us(start)
    execute_process(COMMAND ${command} -std=c++20 -O0 "-I${root}/include" "-I${work}/embed"
                            -c "${source}" -o "${work}/compile_cost.o"
                    RESULT_VARIABLE status ERROR_VARIABLE err)
    now_us(stop)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "${compiler} failed on ${source}:\n${err}")
    endif()
    math(EXPR ms "(${stop} - ${start}) / 1000")
    # Zero-pad so that a lexical sort is a numeric one.
    string(LENGTH "${ms}" len)
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
  set(${out} ${median} PARENT_SCOPE)
endfunction()

message("compile cost, median of ${REPEAT} runs (-std=c++20 -O0 -c)")
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

# Left-aligns `text` in a column of `width` characters.
function(column text width out)
  string(REPEAT " " ${width} pad)
  string(SUBSTRING "${text}${pad}" 0 ${width} padded)
  set(${out} "${padded}" PARENT_SCOPE)
endfunction()

message("compiler                 baseline ms  include ms  ratio   default ladder ms  ratio   parse<> of its text ms  ratio")
foreach(compiler IN LISTS compilers)
  median_compile_ms("${compiler}" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_baseline.cpp" base)
  median_compile_ms("${compiler}" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_include.cpp" include_only)
  median_compile_ms("${compiler}" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_ladder.cpp" with_ladder)
  median_compile_ms("${compiler}" "${CMAKE_CURRENT_LIST_DIR}/compile_cost_parse.cpp" with_parse)
  ratio(${include_only} ${base} include_ratio)
  ratio(${with_ladder} ${base} ladder_ratio)
  ratio(${with_parse} ${base} parse_ratio)
  column("${compiler}" 25 c1)
  column("${base}" 13 c2)
  column("${include_only}" 12 c3)
  column("${include_ratio}" 8 c4)
  column("${with_ladder}" 19 c5)
  column("${ladder_ratio}" 8 c6)
  column("${with_parse}" 24 c7)
  message("${c1}${c2}${c3}${c4}${c5}${c6}${c7}${parse_ratio}")
endforeach()

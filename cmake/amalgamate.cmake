# Generates the single headers from include/ by inlining every `#include <ladder/...>` once, in
# the order first met. Needs nothing but CMake.
#
#   cmake [-DOUTPUT_DIR=dir] -P cmake/amalgamate.cmake
#
# Writes, under OUTPUT_DIR (default: single_include/, the committed files):
#   ladder/ladder.hpp           the library (from include/ladder/ladder.hpp)
#   ladder/catch2.hpp, ladder/render/all.hpp, ladder/revise/history.hpp, ladder/io/people_csv.hpp,
#   ladder/io/matrix_csv.hpp
#                               the optional headers, each its own part only: it includes
#                               <ladder/ladder.hpp> first, and an earlier optional header for a
#                               part that one holds already, so `-I single_include` serves the
#                               same #include lines as `-I include`, in any combination
cmake_minimum_required(VERSION 3.23)

get_filename_component(LADDER_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
if(NOT OUTPUT_DIR)
  set(OUTPUT_DIR "${LADDER_ROOT}/single_include")
endif()
set(LADDER_OPTIONAL_HEADERS ladder/catch2.hpp ladder/render/all.hpp ladder/revise/history.hpp ladder/io/people_csv.hpp ladder/io/matrix_csv.hpp)
set(LADDER_GENERATING "")

set(LADDER_SEEN "")

# Appends the text of include/<header>, its own ladder includes inlined, to the variable `out`.
function(ladder_inline header out)
  list(FIND LADDER_SEEN "${header}" seen_at)
  if(NOT seen_at EQUAL -1)
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  list(APPEND LADDER_SEEN "${header}")
  set(LADDER_SEEN "${LADDER_SEEN}" PARENT_SCOPE)
  # A part an earlier optional header holds: that header is included, never a second copy.
  get_property(owner GLOBAL PROPERTY "LADDER_OWNER_${header}")
  if(owner)
    set(${out} "#include <${owner}>\n" PARENT_SCOPE)
    return()
  endif()
  if(LADDER_GENERATING)
    set_property(GLOBAL PROPERTY "LADDER_OWNER_${header}" "${LADDER_GENERATING}")
  endif()

  set(path "${LADDER_ROOT}/include/${header}")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "amalgamate: ${path} is included but does not exist")
  endif()
  file(READ "${path}" text)
  # Directives are matched at the start of a line only (a leading line break is added for the
  # first line, and taken off at the end): a string literal that holds "#include <ladder/…>"
  # (the header writer's) is text, not an include.
  set(text "\n${text}")
  # One #pragma once at the top of the result serves every part.
  string(REGEX REPLACE "\n#pragma once\n" "\n" text "${text}")
  string(REGEX REPLACE "\n// ladder: engineering career frameworks in C\\+\\+20[^\n]*\n" "\n" text "${text}")
  string(REGEX MATCHALL "\n#include <ladder/[^>]+>" includes "${text}")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "\n#include <([^>]+)>" "\\1" child "${line}")
    ladder_inline("${child}" child_text)
    set(LADDER_SEEN "${LADDER_SEEN}" PARENT_SCOPE)
    # Replace only the first occurrence: a header includes a ladder header once.
    string(FIND "${text}" "${line}" at)
    string(LENGTH "${line}" line_length)
    string(SUBSTRING "${text}" 0 ${at} before)
    math(EXPR after_at "${at} + ${line_length}")
    string(SUBSTRING "${text}" ${after_at} -1 after)
    if(child_text STREQUAL "")
      set(text "${before}\n// ${child} (included above)${after}")
    else()
      set(text "${before}\n// begin ${child}\n${child_text}// end ${child}${after}")
    endif()
  endforeach()
  string(SUBSTRING "${text}" 1 -1 text)
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(banner "// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.\n")
string(APPEND banner "// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.\n")
string(APPEND banner "#pragma once\n")

ladder_inline("ladder/ladder.hpp" body)
file(WRITE "${OUTPUT_DIR}/ladder/ladder.hpp" "${banner}${body}")
# Each optional header: what the library's single header does not hold already.
set(library_headers "${LADDER_SEEN}")
foreach(optional IN LISTS LADDER_OPTIONAL_HEADERS)
  set(LADDER_SEEN "${library_headers}")
  set(LADDER_GENERATING "${optional}")
  ladder_inline("${optional}" body)
  file(WRITE "${OUTPUT_DIR}/${optional}" "${banner}#include <ladder/ladder.hpp>\n${body}")
endforeach()

# Compiles every C++ snippet of a Markdown page, so the page cannot drift from the library:
#   cmake -DDOC=page.md -DCOMPILER=c++ "-DFLAGS=..." "-DINCLUDES=dir|dir" -DCONTEXT=snippet_context.hpp
#         -DSCRATCH=dir -P check_cpp_snippets.cmake
# A snippet is a fenced block tagged `cpp`. By default it is a translation unit of its own, after
# `#include <ladder/ladder.hpp>` and <iostream>. Preceded by the line
# `<!-- compile: function -->` it is a function body, after CONTEXT (which declares the names
# such snippets use: acme, ada, people …). Preceded by `<!-- compile: alone -->` it is a
# translation unit with its own #include lines and nothing before them, so a snippet that shows
# which headers to include is checked with those alone. Every snippet must compile; none is skipped.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/text_lines.cmake")

get_filename_component(page "${DOC}" NAME_WE)
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
set(include_flags "")
string(REPLACE "|" ";" INCLUDES "${INCLUDES}")
foreach(dir IN LISTS INCLUDES)
  list(APPEND include_flags "-I${dir}")
endforeach()

doc_blocks("${DOC}" cpp blocks)
set(count 0)
set(failures "")
foreach(item IN LISTS blocks)
  list(GET blocks_BEFORE ${count} before)
  math(EXPR count "${count} + 1")
  block_text("${item}" snippet)
  if(before STREQUAL "before:<!-- compile: function -->")
    set(mode "function")
    set(source "#include \"${CONTEXT}\"\n[[maybe_unused]] static void snippet() {\n#line 1\n${snippet}}\n")
  elseif(before STREQUAL "before:<!-- compile: alone -->")
    set(mode "alone")
    set(source "#line 1\n${snippet}")
  else()
    set(mode "namespace")
    set(source "#include <ladder/ladder.hpp>\n#include <iostream>\n#line 1\n${snippet}")
  endif()
  set(file "${SCRATCH}/${page}_${count}.cpp")
  file(WRITE "${file}" "${source}")
  execute_process(COMMAND "${COMPILER}" ${flags} -std=c++20 ${include_flags} -fsyntax-only "${file}"
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(APPEND failures "\n--- snippet ${count} (${mode}) ---\n${snippet}--- does not compile ---\n${out}${err}")
  endif()
endforeach()
finish_doc_check("${DOC}" ${count} "${failures}" "C++ snippet" "compile")

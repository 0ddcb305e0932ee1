# Reads every `.ladder` snippet of a Markdown page with the command, so the page cannot show a
# file the reader refuses:
#   cmake -DDOC=page.md -DPROGRAM=path/to/ladder -DSCRATCH=dir -P check_ladder_snippets.cmake
# A snippet is a fenced block tagged `ladder`: a whole file, which `ladder check` must pass.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/text_lines.cmake")

get_filename_component(page "${DOC}" NAME_WE)
doc_blocks("${DOC}" ladder blocks)
set(count 0)
set(failures "")
foreach(item IN LISTS blocks)
  math(EXPR count "${count} + 1")
  block_text("${item}" snippet)
  set(file "${SCRATCH}/${page}_${count}.ladder")
  file(WRITE "${file}" "${snippet}")
  execute_process(COMMAND "${PROGRAM}" check "${file}" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(APPEND failures "\n--- snippet ${count} ---\n${snippet}--- ladder check ---\n${out}${err}")
  endif()
endforeach()
finish_doc_check("${DOC}" ${count} "${failures}" ".ladder snippet" "read")

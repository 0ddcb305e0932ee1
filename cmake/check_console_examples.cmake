# Runs every `console` example of a Markdown page and checks its output, so the page cannot drift
# from the command:
#   cmake -DDOC=docs/command.md -DPROGRAM=path/to/ladder -DWORKDIR=dir -P check_console_examples.cmake
# An example is a fenced block tagged `console`: lines `$ ladder ARGS` (shell quoting; `< FILE`
# at the end feeds FILE on standard input), each followed by the output it must print, exactly
# (standard output, then standard error), up to the next `$` line or the end of the block.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/text_lines.cmake")

set(examples 0)
set(failures "")
# Runs the pending example, if any, and records a difference.
macro(finish_example)
  if(DEFINED command_line)
    math(EXPR examples "${examples} + 1")
    separate_arguments(arguments UNIX_COMMAND "${command_line}")
    set(input_option "")
    list(FIND arguments "<" redirect)
    if(NOT redirect EQUAL -1)
      math(EXPR input_at "${redirect} + 1")
      list(GET arguments ${input_at} input_file)
      list(SUBLIST arguments 0 ${redirect} arguments)
      set(input_option INPUT_FILE "${WORKDIR}/${input_file}")
    endif()
    execute_process(COMMAND "${PROGRAM}" ${arguments} ${input_option} WORKING_DIRECTORY "${WORKDIR}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err)
    text_of("${expected}" expected)
    if(NOT "${out}${err}" STREQUAL "${expected}")
      string(APPEND failures "\n$ ladder ${command_line}\n--- printed ---\n${out}${err}--- the page shows ---\n${expected}")
    endif()
    unset(command_line)
  endif()
endmacro()

doc_blocks("${DOC}" console blocks)
foreach(item IN LISTS blocks)
  # The block's lines, still in lines_of()'s stand-ins.
  string(REGEX REPLACE "^block:(.*)<newline>$" "\\1" item "${item}")
  string(REPLACE "<newline>" ";" lines "${item}")
  foreach(line IN LISTS lines)
    if(line MATCHES "^\\$ ladder( (.*))?$")
      finish_example()
      text_of("${CMAKE_MATCH_2}" command_line)
      set(expected "")
    elseif(DEFINED command_line)
      string(APPEND expected "${line}\n")
    endif()
  endforeach()
  finish_example()
endforeach()
finish_doc_check("${DOC}" ${examples} "${failures}" "console example" "print what the page shows")

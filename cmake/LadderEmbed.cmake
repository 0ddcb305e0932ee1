# ladder_embed(TARGET <target> FILE <file.ladder> NAME <name> [NAMESPACE <ns>] [CHECK_WITH <command>])
#
# Generates <ladder_data/NAME.hpp> for TARGET: `inline constexpr auto NAME`, the file as a
# compile-time ladder, and `NAME_text`, its bytes, in namespace NS (default: ladder_data).
# Editing the file regenerates the header. The `ladder` command writes it (`ladder embed`): the
# package's ladder::command, the ladder_cli target of ladder's own build (built on demand when
# ladder comes in through add_subdirectory or FetchContent), or CHECK_WITH, a target or a path.
# It checks the file as `ladder check` does, so a broken file fails the build with the command's
# message (file:line:col, the line, a caret, did-you-mean), and writes the ladder's tables row by
# row: the compiler reads data, and the cost grows with the file. Without a command (CHECK_WITH
# OFF, or cross-compiling) the header reads the text with parse<>() while compiling instead,
# which holds ladders up to about 10 KB (docs/embedding.md); a broken file then fails naming
# ladder::detail::invalid_ladder<code, line, column>.
include_guard(GLOBAL)

function(ladder_embed)
  # Beside this file, wherever ladder_embed() is called from: a variable set when the file is
  # included would be empty in a consumer's directory (add_subdirectory, FetchContent).
  set(_ladder_embed_script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/ladder_embed_generate.cmake")
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "TARGET;FILE;NAME;NAMESPACE;CHECK_WITH" "")
  foreach(required TARGET FILE NAME)
    if(NOT ARG_${required})
      message(FATAL_ERROR "ladder_embed: ${required} is required")
    endif()
  endforeach()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ladder_embed: unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${ARG_TARGET})
    message(FATAL_ERROR "ladder_embed: ${ARG_TARGET} is not a target")
  endif()
  if(NOT ARG_NAME MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
    message(FATAL_ERROR "ladder_embed: NAME must be a C++ identifier, not `${ARG_NAME}`")
  endif()
  if(NOT ARG_NAMESPACE)
    set(ARG_NAMESPACE ladder_data)
  endif()
  get_filename_component(input "${ARG_FILE}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${input}")
    message(FATAL_ERROR "ladder_embed: ${input} does not exist")
  endif()

  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/ladder_embed/${ARG_TARGET}")
  set(header "${out_dir}/ladder_data/${ARG_NAME}.hpp")
  file(MAKE_DIRECTORY "${out_dir}/ladder_data")
  # The command that checks the file first, if any (a target name runs the built program).
  set(checker "${ARG_CHECK_WITH}")
  if(NOT DEFINED ARG_CHECK_WITH)
    if(TARGET ladder::command)
      set(checker ladder::command)
    elseif(TARGET ladder_cli AND NOT CMAKE_CROSSCOMPILING)
      set(checker ladder_cli)
    endif()
  endif()
  if(checker)
    # A new build of the command writes the header anew (a target or a file named as a dependency).
    set(checker_file "")
    if(TARGET ${checker} OR EXISTS "${checker}")
      set(checker_file "${checker}")
    endif()
    add_custom_command(
      OUTPUT "${header}"
      COMMAND ${checker} embed "${input}" --name "${ARG_NAME}" --namespace "${ARG_NAMESPACE}" -o "${header}"
      DEPENDS "${input}" ${checker_file}
      COMMENT "Embedding ${ARG_FILE} as ${ARG_NAMESPACE}::${ARG_NAME}"
      VERBATIM)
  else()
    add_custom_command(
      OUTPUT "${header}"
      COMMAND "${CMAKE_COMMAND}" "-DINPUT=${input}" "-DOUTPUT=${header}" "-DNAME=${ARG_NAME}"
              "-DNAMESPACE=${ARG_NAMESPACE}" -P "${_ladder_embed_script}"
      DEPENDS "${input}" "${_ladder_embed_script}"
      COMMENT "Embedding ${ARG_FILE} as ${ARG_NAMESPACE}::${ARG_NAME} (read while compiling)"
      VERBATIM)
  endif()
  target_sources(${ARG_TARGET} PRIVATE "${header}")
  target_include_directories(${ARG_TARGET} PRIVATE "${out_dir}")
endfunction()

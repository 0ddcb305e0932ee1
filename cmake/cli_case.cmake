# Runs the `ladder` command once and checks its exit code and output.
#   cmake -DPROGRAM=path -DARGS="arg|arg|…" -DEXIT=n [-DMATCH=regex] [-DEXPECTED=file]
#         [-DSTREAM=stdout|stderr] [-DCOPY=file -DTO=file] [-DOUTPUT=file] -P cli_case.cmake
# MATCH is a regular expression the chosen stream must contain; EXPECTED a file it must equal.
# COPY/TO copy a file first (for commands that rewrite files in place). OUTPUT sends standard
# output to a file (/dev/full: a disk with no room) instead of capturing it.
if(COPY)
  configure_file("${COPY}" "${TO}" COPYONLY)
endif()
string(REPLACE "|" ";" arguments "${ARGS}")
if(OUTPUT)
  execute_process(COMMAND "${PROGRAM}" ${arguments} RESULT_VARIABLE status OUTPUT_FILE "${OUTPUT}" ERROR_VARIABLE err)
  set(out "")
else()
  execute_process(COMMAND "${PROGRAM}" ${arguments} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "ladder ${ARGS}: exit ${status}, expected ${EXIT}\n--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
if(STREAM STREQUAL "stderr")
  set(text "${err}")
else()
  set(text "${out}")
endif()
if(MATCH AND NOT text MATCHES "${MATCH}")
  message(FATAL_ERROR "ladder ${ARGS}: output does not match `${MATCH}`\n--- ${STREAM} ---\n${text}")
endif()
if(EXPECTED)
  file(READ "${EXPECTED}" expected)
  if(NOT text STREQUAL expected)
    message(FATAL_ERROR "ladder ${ARGS}: output differs from ${EXPECTED}\n--- actual ---\n${text}\n--- expected ---\n${expected}")
  endif()
endif()

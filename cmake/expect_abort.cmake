# Runs PROGRAM and fails unless it ends in failure (a non-zero exit or a signal) after printing
# text that matches EXPECT to standard error.
#   cmake -DPROGRAM=path -DEXPECT=regex -P expect_abort.cmake
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} succeeded, but it must fail")
endif()
if(NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "${PROGRAM} failed (${status}) without printing `${EXPECT}`; it printed:\n${out}${err}")
endif()
message(STATUS "${PROGRAM} failed (${status}) after printing the expected diagnostic")

# Runs PROGRAM and fails unless it exits 0 and its standard output equals the file EXPECTED.
#   cmake -DPROGRAM=path -DEXPECTED=path -P run_and_compare.cmake
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE status OUTPUT_VARIABLE actual ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}\n${errors}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "output of ${PROGRAM} differs from ${EXPECTED}.\n--- actual ---\n${actual}\n--- expected ---\n${expected}")
endif()

# Runs PROGRAM to write WRITTEN and fails unless it equals COMMITTED (a generated file kept in
# the repository must be what its generator makes now).
#   cmake -DPROGRAM=exe -DWRITTEN=file -DCOMMITTED=file -P check_generated.cmake
execute_process(COMMAND "${PROGRAM}" "${WRITTEN}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${status})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${WRITTEN}" "${COMMITTED}" RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "${COMMITTED} is stale: rebuild it (cmake --build <build> --target write-preset-tables)")
endif()
message(STATUS "${COMMITTED} is current")

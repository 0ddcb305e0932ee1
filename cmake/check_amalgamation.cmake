# Fails when the committed single header differs from what amalgamate.cmake generates now.
#   cmake -DGENERATED=scratch/path -DCOMMITTED=single_include/ladder/ladder.hpp -P check_amalgamation.cmake
execute_process(COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${GENERATED}" -P "${CMAKE_CURRENT_LIST_DIR}/amalgamate.cmake"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "amalgamate.cmake failed")
endif()
file(SHA256 "${GENERATED}" generated_hash)
file(SHA256 "${COMMITTED}" committed_hash)
if(NOT generated_hash STREQUAL committed_hash)
  message(FATAL_ERROR "${COMMITTED} is stale: regenerate it with `cmake -P cmake/amalgamate.cmake` and commit it")
endif()

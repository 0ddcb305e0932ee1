# Generates a 32-track ladder (about 127 KB), embeds it with `ladder embed`, compiles a program
# that uses it with the build's compiler and flags (default constexpr limits) and runs it.
#   cmake -DLADDER=ladder -DCOMPILER=c++ -DFLAGS="..." -DSOURCE_DIR=repo -DWORK=dir -P large_embed.cmake
file(MAKE_DIRECTORY "${WORK}/ladder_data")
execute_process(COMMAND "${CMAKE_COMMAND}" -DTRACKS=32 "-DOUTPUT=${WORK}/large.ladder"
                -P "${SOURCE_DIR}/tests/benchmarks/generate_ladder.cmake" COMMAND_ERROR_IS_FATAL ANY)
file(SIZE "${WORK}/large.ladder" bytes)
message(STATUS "large.ladder: ${bytes} bytes")
execute_process(COMMAND "${LADDER}" embed "${WORK}/large.ladder" --name large -o "${WORK}/ladder_data/large.hpp"
                COMMAND_ERROR_IS_FATAL ANY)
# Where the program finds the file to compare with (a path is no flag: the shell would split it).
file(WRITE "${WORK}/large_file.hpp" "#define LADDER_FILE \"${WORK}/large.ladder\"\n")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DCOMPILER=${COMPILER}" "-DFLAGS=${FLAGS}"
                "-DINCLUDE_FLAGS=-std=c++20 -I${SOURCE_DIR}/include -I${WORK}"
                "-DSOURCE=${SOURCE_DIR}/tests/consumers/large_embed.cpp" "-DOUTPUT=${WORK}/large_embed"
                -P "${SOURCE_DIR}/cmake/compile_and_run.cmake" COMMAND_ERROR_IS_FATAL ANY)

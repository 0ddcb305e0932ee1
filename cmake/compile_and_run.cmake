# Compiles SOURCE into OUTPUT with no build system and runs it; fails on any error.
# The include flags come from INCLUDE_FLAGS, or from `pkg-config --cflags ladder` when PKG_CONFIG is set.
#   cmake -DCOMPILER=c++ -DFLAGS="..." (-DINCLUDE_FLAGS="..." | -DPKG_CONFIG=pkg-config -DPKG_CONFIG_PATH=dir)
#         -DSOURCE=file.cpp -DOUTPUT=exe -P compile_and_run.cmake
if(PKG_CONFIG)
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_PATH}")
  execute_process(COMMAND "${PKG_CONFIG}" --cflags ladder RESULT_VARIABLE status OUTPUT_VARIABLE INCLUDE_FLAGS
                  ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags ladder failed:\n${err}")
  endif()
  message(STATUS "pkg-config --cflags ladder: ${INCLUDE_FLAGS}")
endif()
separate_arguments(flags UNIX_COMMAND "${FLAGS} ${INCLUDE_FLAGS}")
execute_process(COMMAND "${COMPILER}" ${flags} "${SOURCE}" -o "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} failed")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${OUTPUT} exited with ${status}")
endif()

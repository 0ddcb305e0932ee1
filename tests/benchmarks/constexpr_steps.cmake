# Constexpr-step benchmark: how much of clang's constexpr step budget (1,048,576 by default)
# parse<>() of each shipped ladder uses, as ladder_embed() reads it, validated in a
# static_assert. Finds the smallest -fconstexpr-steps=N that compiles, by bisection to within
# 10,000 steps. It reports; it never fails on a number.
#
#   cmake [-DCOMPILER=clang++] [-DFILES="a.ladder|b.ladder"] -P tests/benchmarks/constexpr_steps.cmake
cmake_minimum_required(VERSION 3.23)

get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT COMPILER)
  set(COMPILER clang++)
endif()
if(NOT FILES)
  file(GLOB FILES "${root}/examples/data/*.ladder")
else()
  string(REPLACE "|" ";" FILES "${FILES}")
endif()
separate_arguments(compiler UNIX_COMMAND "${COMPILER}")
set(work "${root}/build/constexpr_steps")

foreach(input IN LISTS FILES)
  get_filename_component(name "${input}" NAME_WE)
  execute_process(COMMAND "${CMAKE_COMMAND}" "-DINPUT=${input}" "-DOUTPUT=${work}/ladder_data/${name}.hpp"
                  "-DNAME=${name}" -DNAMESPACE=ladder_data -P "${root}/cmake/ladder_embed_generate.cmake"
                  OUTPUT_QUIET)
  file(WRITE "${work}/${name}.cpp"
       "#include <ladder_data/${name}.hpp>\nstatic_assert(ladder::validate(ladder_data::${name}).ok());\n")
  set(low 0)
  set(high 16000000)
  set(fits FALSE)
  while(high GREATER 0)
    math(EXPR gap "${high} - ${low}")
    if(fits AND gap LESS_EQUAL 10000)
      break()
    endif()
    if(fits)
      math(EXPR steps "(${low} + ${high}) / 2")
    else()
      set(steps ${high})
    endif()
    execute_process(COMMAND ${compiler} -std=c++20 -fsyntax-only -fconstexpr-steps=${steps}
                            "-I${root}/include" "-I${work}" "${work}/${name}.cpp"
                    RESULT_VARIABLE failed OUTPUT_QUIET ERROR_QUIET)
    if(NOT fits)
      if(failed)
        message(STATUS "${name}: does not compile within ${high} steps")
        set(high 0)
        break()
      endif()
      set(fits TRUE)
    elseif(failed)
      set(low ${steps})
    else()
      set(high ${steps})
    endif()
  endwhile()
  if(fits)
    file(SIZE "${input}" bytes)
    math(EXPR share "${high} * 100 / 1048576")
    message(STATUS "${name}: ${bytes} bytes, at most ${high} steps (${share}% of clang's default budget)")
  endif()
endforeach()

# Writes the default ladder's self-assessment page with the command, then drives it in Chromium
# (page.js).
execute_process(COMMAND "${LADDER}" render --format assess --module "${MODULE}" -o "${OUT}/assess.html"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ladder render --format assess failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${NODE}" "${SCRIPT}" "${CHROMIUM}" "${LADDER}" "${OUT}/assess.html" "${OUT}/assess.png" "${OUT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the page failed in the browser (${rc})")
endif()

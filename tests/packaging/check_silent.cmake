# Runs TOOL on FILE and fails unless it succeeds and prints nothing (how
# desktop-file-validate reports a clean file).
execute_process(COMMAND ${TOOL} ${FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "${TOOL} ${FILE} (exit ${result}):\n${out}${err}")
endif()

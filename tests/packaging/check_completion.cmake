# The bash completion is written by hand: this fails when --help names an
# option or subcommand it does not offer.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= ${MARSAD} --help
    OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "marsad --help failed: ${result}")
endif()
file(READ ${COMPLETION} completion)
string(REGEX MATCHALL "(^|[ \[|])--?[a-z][a-z-]*" options "${help}")
list(APPEND options analyze export-timeline)
foreach(option IN LISTS options)
    string(REGEX REPLACE "^[ \[|]" "" option "${option}")
    string(FIND "${completion}" "${option}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the bash completion does not offer ${option} from --help")
    endif()
endforeach()

# The man page is generated from --help; this fails when a rebuilt binary's
# --help names an option or subcommand the generated page does not (a stale
# marsad.1), or when the page lacks a section it should have.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= ${MARSAD} --help
    OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "marsad --help failed: ${result}")
endif()
file(READ ${MAN} man)
# help2man writes every "-" of an option as "\-".
string(REPLACE "\\-" "-" man "${man}")
# Brackets would confuse CMake's lists: options are taken from a copy without them.
string(REGEX REPLACE "[][|,]" " " help "${help}")
string(REGEX MATCHALL "[ \n]--?[a-z][a-z-]*" options "${help}")
list(APPEND options " analyze" " export-timeline")
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
    string(STRIP "${option}" option)
    string(FIND "${man}" "${option}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "marsad.1 lacks ${option} from --help: rebuild the man page")
    endif()
endforeach()
foreach(section NAME SYNOPSIS DESCRIPTION FILES ENVIRONMENT COPYRIGHT)
    string(FIND "${man}" ".SH ${section}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "marsad.1 has no ${section} section")
    endif()
endforeach()

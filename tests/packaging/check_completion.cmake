# The bash completion is written by hand: this fails when --help names an
# option or subcommand it does not offer.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= ${MARSAD} --help
    OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "marsad --help failed: ${result}")
endif()
# What is offered: the options='…' lists and the subcommands' compgen word list.
file(STRINGS ${COMPLETION} offered REGEX "options='|compgen -W 'analyze")
string(REGEX REPLACE "[';)]" " " completion " ${offered} ")
# Brackets would confuse CMake's lists: options are taken from a copy without them.
string(REGEX REPLACE "[][|,]" " " help "${help}")
string(REGEX MATCHALL "[ \n]--?[a-z][a-z-]*" options "${help}")
list(APPEND options " analyze" " export-timeline")
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
    string(STRIP "${option}" option)
    string(FIND "${completion}" " ${option} " at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the bash completion does not offer ${option} from --help")
    endif()
endforeach()

# Fails when the catalogs are stale: runs lupdate exactly as the
# update_translations target does, but on copies, and compares. Also fails on
# Arabic texts left unfinished. Run by: cmake --build build --target check_translations
foreach(language ar en)
    file(COPY_FILE ${SOURCE_DIR}/marsad_${language}.ts ${WORK_DIR}/marsad_${language}.ts)
endforeach()
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete -no-ui-lines
                        @${SOURCES_LIST} -ts ${WORK_DIR}/marsad_ar.ts
                COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete -no-ui-lines -pluralonly
                        @${SOURCES_LIST} -ts ${WORK_DIR}/marsad_en.ts
                COMMAND_ERROR_IS_FATAL ANY)
set(stale)
foreach(language ar en)
    file(READ ${SOURCE_DIR}/marsad_${language}.ts committed)
    file(READ ${WORK_DIR}/marsad_${language}.ts updated)
    if(NOT committed STREQUAL updated)
        list(APPEND stale marsad_${language}.ts)
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Stale catalogs: ${stale}. Run `cmake --build build --target "
                        "update_translations`, translate what it marks unfinished, and commit.")
endif()
file(STRINGS ${SOURCE_DIR}/marsad_ar.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "marsad_ar.ts has ${count} unfinished translations")
endif()
message(STATUS "Catalogs up to date, Arabic complete")

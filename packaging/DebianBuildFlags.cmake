# Debian's hardening and reproducibility flags (dpkg-buildflags), for the
# build that makes the .deb: cmake -DMARSAD_DEBIAN_BUILDFLAGS=ON. Included
# from the top-level CMakeLists.txt before any target exists, so every target
# gets them. CMake reads CXXFLAGS and LDFLAGS but not CPPFLAGS
# (-D_FORTIFY_SOURCE), hence done here rather than through the environment.
option(MARSAD_DEBIAN_BUILDFLAGS "Compile and link with dpkg-buildflags (hardening=+all)" OFF)
if(MARSAD_DEBIAN_BUILDFLAGS)
    find_program(DPKG_BUILDFLAGS dpkg-buildflags REQUIRED)
    foreach(kind CPPFLAGS CXXFLAGS LDFLAGS)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                    ${DPKG_BUILDFLAGS} --get ${kind}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE MARSAD_DEB_${kind}
            OUTPUT_STRIP_TRAILING_WHITESPACE
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
    message(STATUS "Debian build flags: ${MARSAD_DEB_CPPFLAGS} ${MARSAD_DEB_CXXFLAGS} | ${MARSAD_DEB_LDFLAGS}")
    string(APPEND CMAKE_CXX_FLAGS " ${MARSAD_DEB_CPPFLAGS} ${MARSAD_DEB_CXXFLAGS}")
    string(APPEND CMAKE_EXE_LINKER_FLAGS " ${MARSAD_DEB_LDFLAGS}")
    string(APPEND CMAKE_SHARED_LINKER_FLAGS " ${MARSAD_DEB_LDFLAGS}")
endif()

# lintian over the .deb: any error or warning fails. Informational tags are printed, not fatal; those
# seen on Debian 12 and why they stay:
#   hardening-no-fortify-functions, hardening-no-bindnow: the project's flags (RelWithDebInfo, no
#     -D_FORTIFY_SOURCE, no -z now) are the build's choice, not the package's; a distribution build
#     passes its own hardening flags (dpkg-buildflags) through CMAKE_CXX_FLAGS / CMAKE_EXE_LINKER_FLAGS.
#   binary-has-unneeded-section .comment: CPack strips with plain `strip`, which keeps .comment.
#   cmake -DPACKAGE_DIR=… -DVERSION=… -P Lintian.cmake
cmake_minimum_required(VERSION 3.25)
find_program(LINTIAN lintian REQUIRED)
file(GLOB debs "${PACKAGE_DIR}/coursedesk_${VERSION}_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one coursedesk_${VERSION}_*.deb in ${PACKAGE_DIR}, found: ${debs}")
endif()
execute_process(COMMAND "${LINTIAN}" --tag-display-limit 0 --display-level ">=info" --fail-on none ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lintian ${debs}:\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian did not run (${rc}):\n${err}")
endif()
if(out MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "lintian reports errors or warnings (above)")
endif()
message(STATUS "lintian: no errors, no warnings")

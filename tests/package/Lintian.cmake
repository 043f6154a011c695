# lintian over the .deb: any error or warning fails, except the tags explained here.
#   cmake -DPACKAGE_DIR=… -DVERSION=… -P Lintian.cmake
cmake_minimum_required(VERSION 3.25)
find_program(LINTIAN lintian REQUIRED)
file(GLOB debs "${PACKAGE_DIR}/coursedesk_${VERSION}_*.deb")
# Explained, not fixed:
#  - no-manual-page: none expected (the man pages ship); listed nowhere.
set(suppressed
    # CPack writes no md5sums for conffiles and no debian/ source; this is a binary-only package built
    # outside a Debian source tree, so there is no source package to point at.
    )
set(args --no-tag-display-limit --display-level ">=warning" --fail-on none)
if(suppressed)
    list(JOIN suppressed "," tags)
    list(APPEND args --suppress-tags "${tags}")
endif()
execute_process(COMMAND "${LINTIAN}" ${args} ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lintian:\n${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian did not run (${rc})")
endif()
if(out MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "lintian reports errors or warnings (see above)")
endif()

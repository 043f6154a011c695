# Installs the .deb built by the package/build test into a scratch root (dpkg -x, no root needed) and
# checks what a user gets: the files, the dependencies found by dpkg-shlibdeps, both executables
# running from the installed tree, Italian from the installed catalogues, valid desktop integration.
#   cmake -DPACKAGE_DIR=… -DWORK_DIR=… -DVERSION=… -P CheckDeb.cmake
cmake_minimum_required(VERSION 3.25)

function(run)
    cmake_parse_arguments(ARG "" "OUTPUT" "COMMAND;ENV" ${ARGN})
    if(ARG_ENV)
        set(command ${CMAKE_COMMAND} -E env ${ARG_ENV} ${ARG_COMMAND})
    else()
        set(command ${ARG_COMMAND})
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(JOIN ARG_COMMAND " " shown)
        message(FATAL_ERROR "`${shown}` failed (${rc}):\n${out}\n${err}")
    endif()
    if(ARG_OUTPUT)
        set(${ARG_OUTPUT} "${out}" PARENT_SCOPE) # standard output only (Qt may warn on stderr)
    endif()
endfunction()

file(GLOB debs "${PACKAGE_DIR}/coursedesk_${VERSION}_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one coursedesk_${VERSION}_*.deb in ${PACKAGE_DIR}, found: ${debs}")
endif()
message(STATUS "Package: ${debs}")

# The control fields: Qt libraries found by dpkg-shlibdeps, the plugins named by hand.
run(COMMAND dpkg-deb --field "${debs}" Depends OUTPUT depends)
foreach(needed libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6sql6-sqlite libc6 libstdc\\+\\+6)
    if(NOT depends MATCHES "(^|[ ,])${needed}[ ,(]")
        message(FATAL_ERROR "Depends lacks ${needed}: ${depends}")
    endif()
endforeach()
message(STATUS "Depends: ${depends}")
# QtKeychain opens libsecret at run time: dpkg-shlibdeps cannot find it, so it is named by hand.
run(COMMAND dpkg-deb --field "${debs}" Recommends OUTPUT recommends)
if(NOT recommends MATCHES "(^|[ ,])libsecret-1-0([ ,]|\n|$)")
    message(FATAL_ERROR "Recommends lacks libsecret-1-0: ${recommends}")
endif()

# The contents.
run(COMMAND dpkg-deb --contents "${debs}" OUTPUT contents)
foreach(path
        ./usr/bin/coursedesk
        ./usr/bin/coursedesk-cli
        ./usr/share/applications/org.example.CourseDesk.desktop
        ./usr/share/metainfo/org.example.CourseDesk.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/coursedesk.svg
        ./usr/share/coursedesk/translations/coursedesk_it.qm
        ./usr/share/coursedesk/translations/coursedesk_de.qm
        ./usr/share/coursedesk/translations/coursedesk_en.qm
        ./usr/share/man/man1/coursedesk.1.gz
        ./usr/share/man/man1/coursedesk-cli.1.gz
        ./usr/share/doc/coursedesk/copyright
        ./usr/share/doc/coursedesk/changelog.gz)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
    endif()
endforeach()

# Unpack into a scratch root and run what was installed.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
run(COMMAND dpkg -x "${debs}" "${WORK_DIR}")
set(root "${WORK_DIR}/usr")
set(clean_env --unset=LC_ALL --unset=LANGUAGE --unset=LC_MESSAGES LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)

run(COMMAND "${root}/bin/coursedesk-cli" --version ENV ${clean_env} OUTPUT cli_version)
string(STRIP "${cli_version}" cli_version)
if(NOT cli_version STREQUAL "coursedesk-cli ${VERSION}")
    message(FATAL_ERROR "installed coursedesk-cli --version printed '${cli_version}'")
endif()
run(COMMAND "${root}/bin/coursedesk" --version ENV ${clean_env} OUTPUT gui_version)
string(STRIP "${gui_version}" gui_version)
if(NOT gui_version STREQUAL "CourseDesk ${VERSION}")
    message(FATAL_ERROR "installed coursedesk --version printed '${gui_version}'")
endif()
message(STATUS "Installed: ${cli_version}; ${gui_version}")

# The installed CLI in Italian, on the bundled sample course, from a fresh data folder.
set(data "${WORK_DIR}/data")
run(COMMAND "${root}/bin/coursedesk-cli" --data-dir "${data}" sample ENV ${clean_env})
set(italian --unset=LC_ALL --unset=LANGUAGE --unset=LC_MESSAGES LANG=it_IT.UTF-8)
run(COMMAND "${root}/bin/coursedesk-cli" --data-dir "${data}" progress 1 ENV ${italian} OUTPUT progress)
if(NOT progress MATCHES "0 di 11 lezioni")
    message(FATAL_ERROR "the installed CLI did not answer in Italian: ${progress}")
endif()
# The installed window renders (offscreen) and quits.
run(COMMAND "${root}/bin/coursedesk" --sample --data-dir "${data}" --screenshot "${WORK_DIR}/window.png" ENV ${italian} QT_QPA_PLATFORM=offscreen)
if(NOT EXISTS "${WORK_DIR}/window.png")
    message(FATAL_ERROR "the installed coursedesk did not save its window")
endif()

# Desktop integration as installed.
run(COMMAND desktop-file-validate "${root}/share/applications/org.example.CourseDesk.desktop" OUTPUT desktop)
# (desktop-file-validate prints its findings on standard output)
if(NOT desktop STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${desktop}")
endif()
run(COMMAND appstreamcli validate --no-net "${root}/share/metainfo/org.example.CourseDesk.metainfo.xml")
message(STATUS "The package installs and runs")

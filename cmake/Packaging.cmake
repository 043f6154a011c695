# Installers with CPack (`make package`).
#   Linux:   a .deb, built and tested here (tests/package): dependencies from dpkg-shlibdeps.
#   Windows: NSIS; macOS: DragNDrop (.dmg). Both run windeployqt / macdeployqt at install time through
#            Qt's deployment script, and are built on those systems only (see README.md, "Installers").
set(CPACK_PACKAGE_NAME coursedesk)
set(CPACK_PACKAGE_VENDOR "The CourseDesk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "client for online courses, also offline")
set(CPACK_PACKAGE_CONTACT "CourseDesk maintainers <maintainers@coursedesk.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY CourseDesk)
set(CPACK_PACKAGE_EXECUTABLES coursedesk CourseDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME CourseDesk)
    set(CPACK_NSIS_PACKAGE_NAME CourseDesk)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/coursedesk.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME CourseDesk)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Windows and macOS: copy Qt's libraries and plugins next to the executables at install time
# (windeployqt / macdeployqt, driven by Qt's generated deployment script).
if(WIN32 OR APPLE)
    set_target_properties(coursedesk PROPERTIES WIN32_EXECUTABLE ON MACOSX_BUNDLE ON)
    foreach(target coursedesk coursedesk-cli)
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endforeach()
endif()

# Debian: the Qt libraries come from dpkg-shlibdeps; the plugins loaded at run time are named here
# (SQLite driver, platform plugins, SVG icons), Qt's own translations are recommended, and so is a keychain:
# QtKeychain reaches a Secret Service through libsecret, which it opens at run time (dpkg-shlibdeps cannot see
# it, and Debian's libqt6keychain1 does not declare it); without it tokens are kept for one run only.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the empty one into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "CourseDesk downloads the courses you follow on a community course platform,
so that you can read lessons, mark them complete and take quizzes with or
without a connection. Every action is saved at once and sent to the
platform when you are online again; nothing is lost if the program stops.

The package contains the desktop application (coursedesk) and a
command-line client for scripts (coursedesk-cli), in English, Italian and
German.")

include(CPack)

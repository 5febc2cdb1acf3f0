# Install rules and the CPack Debian package (atelier_<version>_<arch>.deb in <build>/package).
include(GNUInstallDirs)

set(ATELIER_APP_ID io.atelier.Atelier)
set(_atelier_installer_dir "${CMAKE_CURRENT_LIST_DIR}")

# --- What goes where --------------------------------------------------------------------------
# Translations (.qm) and resources are compiled into the binary, so the executable and the
# desktop integration files are the whole installation.
install(TARGETS atelier RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${_atelier_installer_dir}/atelier.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications"
        RENAME "${ATELIER_APP_ID}.desktop")
install(FILES "${_atelier_installer_dir}/atelier.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${ATELIER_APP_ID}.svg")
install(FILES "${_atelier_installer_dir}/${ATELIER_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# --- Debian package ---------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME atelier)
set(CPACK_PACKAGE_VENDOR "The Atelier developers")
set(CPACK_PACKAGE_CONTACT "The Atelier developers <atelier@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop machine learning workbench")
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Atelier is one Qt window in which a small team annotates images, versions"
  "datasets, launches training on local GPUs or remote clusters over SSH, tracks"
  "experiments with their lineage, registers models, and deploys and watches them."
  "Everything it knows is kept in a local SQLite store inside the project folder.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps (package dpkg-dev) turns the libraries the binary links into Depends. Qt loads
# its platform and SVG icon plugins at run time, which no linker sees, so those are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, openssh-client")

include(CPack)

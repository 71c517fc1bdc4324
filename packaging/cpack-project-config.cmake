# Read by cpack for every generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # The Debian layout has absolute destinations (/etc/tableside, /lib/systemd/system). With
    # DESTDIR they land inside the package, and the rest goes under /usr whatever
    # CMAKE_INSTALL_PREFIX the build tree was configured with (CI uses the default /usr/local).
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX /usr)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    # Each package's CPACK_DEBIAN_<COMPONENT>_DESCRIPTION starts with its own synopsis line;
    # CPackDeb would put the project-wide summary in front of it unless it is the default one.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()

# Windows: install layout, Qt deployment (windeployqt) and the NSIS installer. Included from
# packaging/CMakeLists.txt only on Windows; the steps are in packaging/README.md.
#
#   <install dir>\bin\tableside-server.exe, tableside-dashboard.exe, tableside-service.exe,
#                  Qt DLLs and plugins (windeployqt), qt.conf
#   <install dir>\share\tableside\server.conf        (template, copied to %ProgramData%\Tableside)
#   %ProgramData%\Tableside\                         (data and settings of the service)

set(TABLESIDE_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})

# The executables, each followed by windeployqt (Qt's generated deploy script runs it on the
# installed .exe: Qt DLLs, platform/sqldriver/multimedia/imageformat/iconengine plugins, Qt's
# translations, qt.conf). Both components deploy into the same bin folder.
foreach(pair IN ITEMS "tableside-server;server" "tableside-dashboard;dashboard")
    list(GET pair 0 target)
    list(GET pair 1 component)
    if(NOT TARGET ${target})
        message(STATUS "packaging: target ${target} does not exist (yet); not installed")
        continue()
    endif()
    install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${component})
    qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script} COMPONENT ${component})
endforeach()

# The service host: a tiny Win32 program (no Qt) that the SCM starts; it runs the server.
add_executable(tableside-service ${TABLESIDE_WINDOWS_DIR}/tableside-service.cpp)
target_compile_definitions(tableside-service PRIVATE UNICODE _UNICODE)
if(MINGW)
    target_link_options(tableside-service PRIVATE -municode)
endif()
install(TARGETS tableside-service RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT service)
install(FILES ${TABLESIDE_PACKAGING_DIR}/server/server.conf DESTINATION share/tableside
    COMPONENT server)
install(FILES ${TABLESIDE_ICON_DIR}/tableside.ico DESTINATION share/tableside
    COMPONENT dashboard)

# ---- NSIS ----
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Tableside ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Tableside")
set(CPACK_NSIS_MUI_ICON ${TABLESIDE_ICON_DIR}/tableside.ico)
set(CPACK_NSIS_MUI_UNIICON ${TABLESIDE_ICON_DIR}/tableside.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "share\\tableside\\tableside.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "team@tableside.invalid")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu: the dashboard, the kitchen screen, the server in a console window (for a
# restaurant that does not use the service), the data folder.
set(CPACK_PACKAGE_EXECUTABLES "tableside-dashboard;Tableside Dashboard")
set(CPACK_NSIS_CREATE_ICONS_EXTRA [=[
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Tableside Kitchen Screen.lnk" "$INSTDIR\bin\tableside-dashboard.exe" "--kitchen --fullscreen" "$INSTDIR\share\tableside\tableside.ico"
  IfFileExists "$INSTDIR\bin\tableside-server.exe" 0 tableside_no_server_link
    ReadEnvStr $0 ProgramData
    CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Tableside Server (console).lnk" "$INSTDIR\bin\tableside-server.exe" '--data-dir "$0\Tableside" --config "$0\Tableside\server.conf"'
    CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Tableside data folder.lnk" "$0\Tableside"
  tableside_no_server_link:
]=])
set(CPACK_NSIS_DELETE_ICONS_EXTRA [=[
  Delete "$SMPROGRAMS\$MUI_TEMP\Tableside Kitchen Screen.lnk"
  Delete "$SMPROGRAMS\$MUI_TEMP\Tableside Server (console).lnk"
  Delete "$SMPROGRAMS\$MUI_TEMP\Tableside data folder.lnk"
]=])
# After the files: the data folder with the settings template (never overwritten), the firewall
# rule so tablets and phones reach the server, the folder's access list (service and
# administrators only), and - if the "service" component was chosen -
# the Windows service "TablesideServer" (LocalService account, automatic start, restarted by
# the SCM 5 s after a failure). The data folder is kept on uninstall, like /var/lib/tableside.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  IfFileExists "$INSTDIR\bin\tableside-server.exe" 0 tableside_no_server
    ReadEnvStr $0 ProgramData
    CreateDirectory "$0\Tableside"
    IfFileExists "$0\Tableside\server.conf" +2 0
      CopyFiles /SILENT "$INSTDIR\share\tableside\server.conf" "$0\Tableside\server.conf"
    ; The data folder holds the database (app secret, PIN hashes, tokens), the TLS key and
    ; server.log (the first PIN): nothing inherited from ProgramData (where every local user
    ; may read), only SYSTEM, Administrators and the service's LocalService account. /T also
    ; fixes the files of an older installation.
    nsExec::ExecToLog 'icacls "$0\Tableside" /inheritance:r /grant:r "*S-1-5-18:(OI)(CI)F" "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-19:(OI)(CI)M" /T /C /Q'
    nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="Tableside Server"'
    nsExec::ExecToLog 'netsh advfirewall firewall add rule name="Tableside Server" dir=in action=allow program="$INSTDIR\bin\tableside-server.exe" enable=yes profile=private,domain'
  tableside_no_server:
  IfFileExists "$INSTDIR\bin\tableside-service.exe" 0 tableside_no_service
    ReadEnvStr $0 ProgramData
    nsExec::ExecToLog 'icacls "$0\Tableside" /grant "*S-1-5-19:(OI)(CI)M"'
    nsExec::ExecToLog 'sc.exe stop TablesideServer'
    nsExec::ExecToLog 'sc.exe delete TablesideServer'
    nsExec::ExecToLog 'sc.exe create TablesideServer binPath= "\"$INSTDIR\bin\tableside-service.exe\"" start= auto obj= "NT AUTHORITY\LocalService" password= "" DisplayName= "Tableside Server"'
    nsExec::ExecToLog 'sc.exe description TablesideServer "Tableside ordering server (guest page, API, real-time staff channel)."'
    nsExec::ExecToLog 'sc.exe failure TablesideServer reset= 86400 actions= restart/5000/restart/5000/restart/60000'
    nsExec::ExecToLog 'sc.exe failureflag TablesideServer 1'
    nsExec::ExecToLog 'sc.exe start TablesideServer'
    MessageBox MB_OK|MB_ICONINFORMATION "Tableside Server runs as a Windows service.$\r$\n$\r$\nThe first staff PIN and the addresses for the tablets are in$\r$\n$0\Tableside\server.log"
  tableside_no_service:
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  nsExec::ExecToLog 'sc.exe stop TablesideServer'
  Sleep 3000
  nsExec::ExecToLog 'sc.exe delete TablesideServer'
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="Tableside Server"'
]=])

cpack_add_component(service DISPLAY_NAME "Run the server as a Windows service"
    DESCRIPTION "Starts Tableside Server with Windows (service TablesideServer, data in the Tableside folder of ProgramData)."
    DEPENDS server)
set(CPACK_COMPONENTS_ALL server dashboard service)

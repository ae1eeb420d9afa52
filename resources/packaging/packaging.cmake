# Everything `cmake --install` and `cpack -G DEB` lay out besides what other parts install
# themselves (the .qm translations come from src/app/CMakeLists.txt, plugins from theirs):
#   bin/legease
#   share/applications/<app id>.desktop          share/metainfo/<app id>.metainfo.xml
#   share/icons/hicolor/scalable/apps/<app id>.svg and .../NxN/apps/<app id>.png
#   share/man/man1/legease.1                     share/doc/legease/copyright
#   share/legease/translations/legease_*.qm      (installed by src/app/CMakeLists.txt)
include(GNUInstallDirs)
find_package(Qt6 REQUIRED COMPONENTS Gui Svg)

# The date of the version in project(VERSION), for the metainfo; change the two together. Until
# LegEase is first released, the metainfo marks this version as a development one.
set(LEGEASE_RELEASE_DATE 2026-11-24)

set(legease_packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(legease_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)
set(legease_icon_svg ${legease_icons_dir}/${LEGEASE_APP_ID}.svg)

install(TARGETS legease RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The PNG sizes of the hicolor theme are rendered from the one SVG at build time.
qt_add_executable(legease_render_icon ${legease_icons_dir}/render_icon.cpp)
target_link_libraries(legease_render_icon PRIVATE Qt6::Gui Qt6::Svg legease_warnings)
set(legease_icon_sizes 16 24 32 48 64 128 256)
set(legease_hicolor_dir ${PROJECT_BINARY_DIR}/icons/hicolor)
set(legease_icon_pngs)
foreach(size IN LISTS legease_icon_sizes)
    list(APPEND legease_icon_pngs ${legease_hicolor_dir}/${size}x${size}/apps/${LEGEASE_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${legease_icon_pngs}
    COMMAND legease_render_icon ${legease_icon_svg} ${legease_hicolor_dir} ${legease_icon_sizes}
    DEPENDS legease_render_icon ${legease_icon_svg}
    COMMENT "Rendering the app icon to PNG"
    VERBATIM)
add_custom_target(legease_icons ALL DEPENDS ${legease_icon_pngs})

install(FILES ${legease_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS legease_icon_sizes)
    install(FILES ${legease_hicolor_dir}/${size}x${size}/apps/${LEGEASE_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

install(FILES ${legease_packaging_dir}/${LEGEASE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${legease_packaging_dir}/${LEGEASE_APP_ID}.metainfo.xml.in
    ${PROJECT_BINARY_DIR}/${LEGEASE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${LEGEASE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${legease_packaging_dir}/legease.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The licence under the name and place Debian expects (share/doc/<package>/copyright).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/legease RENAME copyright)

include(${legease_packaging_dir}/debian_package.cmake)

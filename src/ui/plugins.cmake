# LegEase's optional parts are plugins (MODULE libraries), loaded on first use through
# src/ui/plugins/plugin_loader.h, so that the libraries behind them are not loaded before main().
# They are built into <build>/<libdir>/legease/plugins and installed into <prefix>/<libdir>/
# legease/plugins; the app looks for them relative to its own bin/ folder, which is the same in
# both trees (executables of the build tree all sit one folder below its top, like bin/).
include(GNUInstallDirs)
set(legease_plugins_subdir ${CMAKE_INSTALL_LIBDIR}/legease/plugins)
set(legease_plugins_build_dir ${PROJECT_BINARY_DIR}/${legease_plugins_subdir})
file(RELATIVE_PATH legease_plugins_from_bin ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBDIR}/legease/plugins)

target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/plugins/plugin_loader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plugins/plugin_loader.h)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/plugins/plugin_loader.cpp
    PROPERTIES COMPILE_DEFINITIONS LEGEASE_PLUGINS_FROM_BIN="${legease_plugins_from_bin}")

# Everything that loads plugins depends on this, so building the app (or the tests) builds them.
add_custom_target(legease_plugins)

# legease_add_plugin(NAME SOURCE... LINK LIBRARY...): NAME.so, no "lib" prefix. The static
# libraries it links (core, ui) get their own private copy inside the plugin: --exclude-libs keeps
# those symbols local, so they never clash with the app's own copy.
function(legease_add_plugin name)
    cmake_parse_arguments(PARSE_ARGV 1 plugin "" "" "SOURCES;LINK")
    add_library(${name} MODULE ${plugin_SOURCES})
    target_link_libraries(${name} PRIVATE ${plugin_LINK} legease_warnings)
    target_link_options(${name} PRIVATE LINKER:--exclude-libs,ALL LINKER:--no-undefined)
    set_target_properties(${name} PROPERTIES PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${legease_plugins_build_dir})
    install(TARGETS ${name} LIBRARY DESTINATION ${legease_plugins_subdir})
    add_dependencies(legease_plugins ${name})
endfunction()

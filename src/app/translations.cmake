# The interface's translations. Sources are scanned with lupdate (`cmake --build --preset dev
# --target update_translations` after changing visible text), and every .ts is compiled with
# lrelease at build time into share/legease/translations beside bin/, the same layout as an
# installed tree, so the app finds them relative to its own binary in both.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
include(GNUInstallDirs)

set(legease_translations_dir ${PROJECT_SOURCE_DIR}/resources/translations)
set(legease_qm_dir ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/legease/translations)
file(GLOB legease_ts_files CONFIGURE_DEPENDS ${legease_translations_dir}/legease_*.ts)
list(REMOVE_ITEM legease_ts_files ${legease_translations_dir}/legease_en.ts)
set_source_files_properties(${legease_ts_files} ${legease_translations_dir}/legease_en.ts
    PROPERTIES OUTPUT_LOCATION ${legease_qm_dir})

# Every file that may hold tr(): the app, the widgets and the few messages core shows (history).
file(GLOB_RECURSE legease_translated_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h)

qt_add_translations(legease
    TS_FILES ${legease_ts_files}
    SOURCES ${legease_translated_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none
    QM_FILES_OUTPUT_VARIABLE legease_qm_files)

# English is the source language and needs no translation, only its plural forms: "%n day(s)"
# becomes "1 day" or "2 days". Kept apart so lupdate only writes the plural messages into it.
qt_add_lupdate(legease_ui
    TS_FILES ${legease_translations_dir}/legease_en.ts
    SOURCES ${legease_translated_sources}
    OPTIONS -pluralonly -no-obsolete -locations none)
qt_add_lrelease(legease_ui
    TS_FILES ${legease_translations_dir}/legease_en.ts
    QM_FILES_OUTPUT_VARIABLE legease_en_qm_file)

install(FILES ${legease_qm_files} ${legease_en_qm_file}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/legease/translations)

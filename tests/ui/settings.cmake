# Tests of the settings dialog.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_settings_dialog.cpp)

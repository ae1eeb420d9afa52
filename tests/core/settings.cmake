# Tests of the settings table.
target_sources(core_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core/test_app_settings.cpp)

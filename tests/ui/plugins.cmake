# Tests of loading the optional plugins (sound and voice, the History page) and of their absence.
# Qt Charts, for looking inside the History page, comes with legease_history_view (history.cmake).
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/test_optional_plugins.cpp)

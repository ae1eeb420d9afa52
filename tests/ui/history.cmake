# Tests of the history view.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_history_view.cpp)
target_link_libraries(ui_tests PRIVATE legease_history_view)

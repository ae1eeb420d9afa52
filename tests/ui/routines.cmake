# Tests of the Routines page.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/test_routines_view.cpp)

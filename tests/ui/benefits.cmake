# Tests of the Benefits page.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/test_benefits_view.cpp)

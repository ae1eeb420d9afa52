# Tests of choosing the interface language; they read the compiled translations of the build.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_language.cpp)
add_dependencies(ui_tests legease_lrelease)

# Tests of the cue sound and voice outputs.
find_package(Qt6 REQUIRED COMPONENTS Test)
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_audio_cues.cpp)
target_link_libraries(ui_tests PRIVATE legease_audio_outputs Qt6::Test)

# Tests of when the daily reminder is due.
target_sources(core_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core/test_reminder_schedule.cpp)

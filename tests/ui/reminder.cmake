# Tests of the daily reminder's tray, notification and menu, with a fake tray and clock.
target_sources(ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_daily_reminder.cpp)

# The optional daily reminder: tray icon, notification and menu (see reminder/daily_reminder.h).
qt_add_resources(legease_reminder_resources ${PROJECT_SOURCE_DIR}/resources/reminder.qrc)
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reminder/daily_reminder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminder/daily_reminder.h
    ${CMAKE_CURRENT_LIST_DIR}/reminder/reminder_tray.h
    ${CMAKE_CURRENT_LIST_DIR}/reminder/system_tray.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminder/system_tray.h
    ${legease_reminder_resources})

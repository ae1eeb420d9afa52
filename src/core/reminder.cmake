# When the optional daily reminder is due (see reminder/reminder_schedule.h).
target_sources(legease_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reminder/reminder_schedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminder/reminder_schedule.h)

# The typed settings table.
target_sources(legease_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/settings/app_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settings/app_settings.h)

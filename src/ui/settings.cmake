# The settings dialog.
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/settings/settings_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settings/settings_dialog.h)

# The History page lives in the history plugin, legease_history.so, because its chart needs Qt
# Charts (and through it Qt OpenGL), which the app should not load before main() on every start.
# MainWindow loads the plugin when History is first opened, or shows MissingHistoryPage.
find_package(Qt6 REQUIRED COMPONENTS Charts)

target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/history/history_page.h
    ${CMAKE_CURRENT_LIST_DIR}/history/history_page_plugin.h
    ${CMAKE_CURRENT_LIST_DIR}/history/missing_history_page.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history/missing_history_page.h
)

# The page itself, as a static library: the plugin wraps it, and the tests and the history
# benchmark link it directly.
add_library(legease_history_view STATIC
    ${CMAKE_CURRENT_LIST_DIR}/history/history_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history/history_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/history/history_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history/history_view.h
)
target_link_libraries(legease_history_view PUBLIC legease_ui Qt6::Charts PRIVATE legease_warnings)

legease_add_plugin(legease_history SOURCES ${CMAKE_CURRENT_LIST_DIR}/history/history_plugin.cpp LINK legease_history_view)

# The history view and its chart. Charts are only created when History is first opened.
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/history/history_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history/history_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/history/history_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history/history_view.h
)
target_link_libraries(legease_ui PUBLIC Qt6::Charts)

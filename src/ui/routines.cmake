# The Routines page: the routine list and its filter, the detail of one routine, and the page.
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/routines/routine_detail.cpp ${CMAKE_CURRENT_LIST_DIR}/routines/routine_detail.h
    ${CMAKE_CURRENT_LIST_DIR}/routines/routine_filter.cpp ${CMAKE_CURRENT_LIST_DIR}/routines/routine_filter.h
    ${CMAKE_CURRENT_LIST_DIR}/routines/routine_list_model.cpp ${CMAKE_CURRENT_LIST_DIR}/routines/routine_list_model.h
    ${CMAKE_CURRENT_LIST_DIR}/routines/routines_view.cpp ${CMAKE_CURRENT_LIST_DIR}/routines/routines_view.h
)

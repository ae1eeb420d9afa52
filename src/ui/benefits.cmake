# The Benefits page: the list of articles, the safe article reader, and the page itself.
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/benefits/article_browser.cpp ${CMAKE_CURRENT_LIST_DIR}/benefits/article_browser.h
    ${CMAKE_CURRENT_LIST_DIR}/benefits/benefit_list_model.cpp ${CMAKE_CURRENT_LIST_DIR}/benefits/benefit_list_model.h
    ${CMAKE_CURRENT_LIST_DIR}/benefits/benefits_view.cpp ${CMAKE_CURRENT_LIST_DIR}/benefits/benefits_view.h
)

#pragma once

#include <QtPlugin>

class QWidget;

namespace legease::core {
class ContentLibrary;
class HistoryStore;
}  // namespace legease::core

namespace legease::ui {

class HistoryPage;

// What the history plugin (legease_history.so, src/ui/history.cmake) provides: the History page,
// built by code that links Qt Charts so the app does not.
class HistoryPagePlugin {
public:
    virtual ~HistoryPagePlugin() = default;
    // `store` is open; both outlive the page.
    virtual HistoryPage* createPage(core::HistoryStore& store, const core::ContentLibrary& library, QWidget* parent) = 0;
};

}  // namespace legease::ui

#define LEGEASE_HISTORY_PAGE_PLUGIN_IID "org.legease.HistoryPagePlugin/1"
Q_DECLARE_INTERFACE(legease::ui::HistoryPagePlugin, LEGEASE_HISTORY_PAGE_PLUGIN_IID)

#pragma once

#include <QKeySequence>
#include <QString>

#include <array>

// The pages of the main window, one row each. The navigation list, the Go menu and its
// shortcuts, the keyboard help, the last page kept in the settings and the screenshot views all
// come from this table: a new page is one row here and its widget in MainWindow::pageWidget().
namespace legease::ui {

enum class Page { Benefits, Routines, History, Techniques };

struct PageInfo {
    Page page;
    const char* id;  // in the settings file and for --screenshot
    const char* title;  // in the navigation and the keyboard help
    const char* menuText;  // in the Go menu, with its mnemonic
    int digit;  // Ctrl+digit opens it
    bool slowToBuild;  // never built before the window's first paint, to keep start-up quick
};

// Titles are translated in MainWindow's context.
inline constexpr std::array kPages{
    PageInfo{Page::Benefits, "benefits", QT_TRANSLATE_NOOP("legease::ui::MainWindow", "Benefits"),
        QT_TRANSLATE_NOOP("legease::ui::MainWindow", "&Benefits"), 1, false},
    PageInfo{Page::Routines, "routines", QT_TRANSLATE_NOOP("legease::ui::MainWindow", "Routines"),
        QT_TRANSLATE_NOOP("legease::ui::MainWindow", "&Routines"), 2, false},
    PageInfo{Page::History, "history", QT_TRANSLATE_NOOP("legease::ui::MainWindow", "History"),
        QT_TRANSLATE_NOOP("legease::ui::MainWindow", "&History"), 3, true},
    PageInfo{Page::Techniques, "techniques", QT_TRANSLATE_NOOP("legease::ui::MainWindow", "Techniques"),
        QT_TRANSLATE_NOOP("legease::ui::MainWindow", "&Techniques"), 4, false},
};

const PageInfo& pageInfo(Page page);
// The page with this id; nullptr for any other word (a stale setting, a typo).
const PageInfo* pageWithId(const QString& id);
QString pageTitle(const PageInfo& info);
QString pageMenuText(const PageInfo& info);
QKeySequence pageShortcut(const PageInfo& info);

}  // namespace legease::ui

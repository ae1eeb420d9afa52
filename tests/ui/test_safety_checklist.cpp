// The safety checklist: every item gets the height its text needs at the width it is drawn at,
// however the list is sized. (The overlap these guard against was seen with the app under
// openbox on Xvfb, where the window manager resizes the first-run dialog as it maps it; that
// exact sequence could not be brought about here, so these check the rule at many sizes and
// on the real first-run path instead.)
#include "app/startup.h"
#include "core/content/content_loader.h"
#include "support/temp_home.h"
#include "ui/safety_checklist.h"
#include "ui/safety_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

using namespace legease;

namespace {

void checkRowHeights(const QListWidget& list)
{
    for (int row = 0; row < list.count(); ++row) {
        const QModelIndex index = list.model()->index(row, 0);
        QStyleOptionViewItem option;
        option.initFrom(list.viewport());
        option.rect = list.visualRect(index);
        INFO("row " << row << " of a list " << list.viewport()->width() << " wide");
        CHECK(list.visualRect(index).height() >= list.itemDelegate()->sizeHint(option, index).height());
    }
}

void settle()
{
    // Item layouts are delayed to the event loop (a zero-time timer), sometimes twice when the
    // scroll bar comes or goes; nothing here waits for time to pass.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

}  // namespace

TEST_CASE("every safety item is as tall as its text at the width it is drawn at, with or without a scroll bar")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    REQUIRE(content.library.safety().has_value());
    ui::SafetyChecklist list(content.library.safety()->checklist);
    REQUIRE(list.count() >= 8);
    list.show();

    bool sawScrollBar = false;
    bool sawNone = false;
    // From narrow (a scroll bar appears once the rows are measured) to tall enough for every row.
    for (const QSize size : {QSize(420, 300), QSize(560, 320), QSize(600, 360), QSize(700, 420), QSize(900, 2400),
             QSize(560, 320)}) {
        list.resize(size);
        settle();
        const bool scrolls = list.verticalScrollBar()->isVisible();
        (scrolls ? sawScrollBar : sawNone) = true;
        INFO("list " << size.width() << "x" << size.height() << ", scroll bar " << scrolls);
        checkRowHeights(list);
    }
    CHECK(sawScrollBar);
    CHECK(sawNone);
}

TEST_CASE("in the safety screen as it first opens, every item is as tall as its text")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    REQUIRE(content.library.safety().has_value());
    ui::SafetyDialog dialog(*content.library.safety(), ui::SafetyDialog::Mode::Acknowledge);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    settle();
    auto* list = dialog.findChild<ui::SafetyChecklist*>();
    REQUIRE(list);
    CHECK(list->verticalScrollBar()->isVisible());
    checkRowHeights(*list);
    // As a window manager may: resized once more after it appeared.
    for (const QSize size : {QSize(600, 560), QSize(700, 700), QSize(520, 480), QSize(640, 620)}) {
        dialog.resize(size);
        settle();
        checkRowHeights(*list);
    }
}

TEST_CASE("on the first run, the safety screen that opens by itself has every item as tall as its text")
{
    TempHome home;
    app::Startup startup(home.options(), home.surroundings());
    REQUIRE(startup.refusal().isEmpty());

    // Looked at from inside the dialog's own event loop, once it has settled there.
    bool checked = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ui::SafetyDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        settle();
        auto* list = dialog->findChild<ui::SafetyChecklist*>();
        CHECK(list);
        if (list)
            checkRowHeights(*list);
        checked = true;
        dialog->reject();
    });
    poll.start(0);
    REQUIRE(startup.openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(checked, 5000);
}

#include "content/content_loader.h"
#include "main_window.h"
#include "string_makers.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace legease;

TEST_CASE("the main window lists what was loaded and shows the selected item")
{
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::MainWindow window(content);
    window.show();

    QTreeWidget* tree = window.contentTree();
    REQUIRE(tree->topLevelItemCount() == 2);
    QTreeWidgetItem* benefits = tree->topLevelItem(0);
    QTreeWidgetItem* routines = tree->topLevelItem(1);
    REQUIRE(benefits->childCount() == 2);
    CHECK(benefits->child(0)->text(0) == QStringLiteral("1. Warm feet"));
    REQUIRE(routines->childCount() == 2);
    CHECK(routines->child(0)->text(1) == QStringLiteral("3:30"));

    // The first benefit is open from the start; choosing a routine shows its steps.
    CHECK(window.reader()->toPlainText().contains(QStringLiteral("Gliding over the sole warms the feet.")));
    tree->setCurrentItem(routines->child(0));
    const QString shown = window.reader()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Calm calves")));
    CHECK(shown.contains(QStringLiteral("Knead the calf from bottom to top.")));
    CHECK(window.findChild<QListWidget*>() == nullptr);  // no problems, no problems panel
}

TEST_CASE("content problems are listed and the rest still shows")
{
    const core::LoadedContent content = core::loadContent(
        {false, {smallPack(), testData(QStringLiteral("broken/step-seconds-negative"))}});
    ui::MainWindow window(content);
    auto* problems = window.findChild<QListWidget*>();
    REQUIRE(problems);
    REQUIRE(problems->count() == 2);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Left out because of errors: ")));
    CHECK(problems->item(1)->text().contains(
        QStringLiteral("routines/bad-seconds.json: /steps/1/seconds: expected an integer from 5 to 600, found -5")));
    CHECK(window.contentTree()->topLevelItem(1)->childCount() == 2);
}

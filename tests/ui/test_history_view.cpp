#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "plugins/history/history_view.h"
#include "support/as_user.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace legease;

namespace {

const QDate kToday(2026, 11, 24);

core::SessionRecord session(const QString& routine, const QDate& day, int seconds, bool completed)
{
    core::SessionRecord r;
    r.routineId = routine;
    r.routineTitle = routine == QLatin1String("calf-calm") ? QStringLiteral("Calm calves") : QStringLiteral("Warm soles");
    r.startedAt = QDateTime(day, QTime(20, 30));
    r.endedAt = r.startedAt.addSecs(seconds);
    r.activeSeconds = seconds;
    r.stepsTotal = 4;
    r.stepsDone = completed ? 4 : 2;
    r.completed = completed;
    r.feelingBefore = 3;
    r.feelingAfter = 8;
    return r;
}

struct Fixture {
    QTemporaryDir dir;
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    core::HistoryStore store{dir.filePath(QStringLiteral("history.sqlite"))};
    Fixture() { REQUIRE(store.open()); }
    std::unique_ptr<plugins::HistoryView> view()
    {
        auto v = std::make_unique<plugins::HistoryView>(store, content.library, [] { return kToday; });
        v->resize(1000, 700);
        return v;
    }
};

}  // namespace

TEST_CASE("an empty history says what will appear there")
{
    Fixture f;
    auto view = f.view();
    CHECK(view->showsEmptyState());
    CHECK(view->currentStreakLabel()->text() == QStringLiteral("0 days"));
    CHECK(view->sessionsLabel()->text() == QStringLiteral("0"));
    CHECK_FALSE(view->exportButton()->isEnabled());
    CHECK(view->routineFilter()->count() == 1);
}

TEST_CASE("sessions show as streaks, minutes, a weekly chart and a table, filtered by routine")
{
    Fixture f;
    for (int d = 0; d < 3; ++d) {
        auto r = session(QStringLiteral("calf-calm"), kToday.addDays(-d), 600, true);
        REQUIRE(f.store.add(r));
    }
    auto stopped = session(QStringLiteral("sole-warm"), kToday.addDays(-10), 120, false);
    stopped.note = QStringLiteral("Phone rang, \"stopped\"");
    REQUIRE(f.store.add(stopped));
    auto view = f.view();

    CHECK_FALSE(view->showsEmptyState());
    CHECK(view->currentStreakLabel()->text() == QStringLiteral("3 days"));
    CHECK(view->bestStreakLabel()->text() == QStringLiteral("3 days"));
    CHECK(view->minutesLabel()->text() == QStringLiteral("32"));
    CHECK(view->sessionsLabel()->text() == QStringLiteral("4"));
    REQUIRE(view->table()->model()->rowCount() == 4);
    CHECK(view->table()->model()->index(0, 1).data().toString() == QStringLiteral("Calm calves"));
    CHECK(view->table()->model()->index(3, 4).data().toString() == QStringLiteral("Stopped early"));
    CHECK(view->table()->model()->index(3, 5).data().toString() == QStringLiteral("3 → 8"));

    QChart* chart = view->chart()->chart();
    REQUIRE(chart);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().at(0));
    REQUIRE(bars);
    QBarSet* minutes = bars->barSets().at(0);
    REQUIRE(minutes->count() == 12);
    CHECK(minutes->at(11) == 20);  // Monday 23 and Tuesday 24: two sessions of 10 minutes
    CHECK(minutes->at(10) == 10);  // Sunday 22
    CHECK(minutes->at(9) == 2);    // the stopped session of the 14th
    auto* after = qobject_cast<QLineSeries*>(chart->series().at(2));
    REQUIRE(after);
    CHECK(after->count() == 3);

    // Choosing a routine narrows everything to it.
    const int sole = view->routineFilter()->findData(QStringLiteral("sole-warm"));
    REQUIRE(sole > 0);
    CHECK(view->routineFilter()->itemText(sole) == QStringLiteral("Warm soles"));
    view->routineFilter()->setCurrentIndex(sole);
    CHECK(view->table()->model()->rowCount() == 1);
    CHECK(view->sessionsLabel()->text() == QStringLiteral("1"));
    CHECK(view->currentStreakLabel()->text() == QStringLiteral("0 days"));
}

TEST_CASE("a long history loads a page at a time")
{
    Fixture f;
    for (int i = 0; i < 450; ++i) {
        auto r = session(QStringLiteral("calf-calm"), kToday.addDays(-i / 3), 60, true);
        REQUIRE(f.store.add(r));
    }
    auto view = f.view();
    QAbstractItemModel* model = view->table()->model();
    CHECK(model->rowCount() == 200);
    REQUIRE(model->canFetchMore(QModelIndex()));
    model->fetchMore(QModelIndex());
    model->fetchMore(QModelIndex());
    CHECK(model->rowCount() == 450);
    CHECK_FALSE(model->canFetchMore(QModelIndex()));
}

TEST_CASE("export writes every session to a CSV file")
{
    Fixture f;
    auto r = session(QStringLiteral("calf-calm"), kToday, 300, true);
    r.note = QStringLiteral("line one\nline, two");
    REQUIRE(f.store.add(r));
    auto view = f.view();
    CHECK(view->exportButton()->isEnabled());
    const QString file = f.dir.filePath(QStringLiteral("export.csv"));
    CHECK(view->exportCsvTo(file).isEmpty());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.count(QStringLiteral("\r\n")) == 2);
    CHECK(text.contains(QStringLiteral("\"line one\nline, two\"")));
}

TEST_CASE("a history that could not be opened explains itself")
{
    QTemporaryDir dir;
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    core::HistoryStore store(QStringLiteral("/proc/legease-nowhere/history.sqlite"));
    CHECK_FALSE(store.open());
    plugins::HistoryView view(store, content.library, [] { return kToday; });
    CHECK(view.messageLabel()->text().contains(QStringLiteral("cannot write to")));
    CHECK(view.showsEmptyState());
    // Not "No sessions yet": there may be years of them where it could not look.
    const QLabel* empty = nullptr;
    for (const QLabel* label : view.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("cannot be shown right now")))
            empty = label;
    REQUIRE(empty);
    CHECK(empty->text().contains(QStringLiteral("The message above says why")));
    for (const QLabel* label : view.findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(QStringLiteral("No sessions yet")));
}

TEST_CASE("a read-only history is shown with its sessions and can be exported, and says new sessions cannot be saved")
{
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    {
        core::HistoryStore writer(path);
        REQUIRE(writer.open());
        for (int d = 0; d < 3; ++d) {
            auto r = session(QStringLiteral("calf-calm"), kToday.addDays(-d), 600, true);
            REQUIRE(writer.add(r));
        }
    }
    // The person's own folder, which they (or the system) made read-only.
    REQUIRE(handToUser(dir.path()));
    const Permissions readOnly(dir.path(), 0555);
    REQUIRE(readOnly.ok());
    core::HistoryStore store(path);
    {
        const ActingAsUser user;
        REQUIRE(user.ok());
        CHECK(store.open());
    }
    CHECK_FALSE(store.canSave());

    plugins::HistoryView view(store, content.library, [] { return kToday; });
    CHECK_FALSE(view.showsEmptyState());
    CHECK(view.sessionsLabel()->text() == QStringLiteral("3"));
    CHECK(view.currentStreakLabel()->text() == QStringLiteral("3 days"));
    CHECK(view.table()->model()->rowCount() == 3);
    CHECK_FALSE(view.messageLabel()->isHidden());
    CHECK(view.messageLabel()->text().contains(QStringLiteral("may not write in the folder")));
    CHECK(view.messageLabel()->text().contains(QStringLiteral("new sessions cannot be saved")));
    CHECK(view.exportButton()->isEnabled());
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("export.csv"));
    CHECK(view.exportCsvTo(file).isEmpty());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().count("\r\n") == 4);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("history.sqlite")});
}

TEST_CASE("exporting the history to a named pipe is refused, and the page says why")
{
    Fixture f;
    auto r = session(QStringLiteral("calf-calm"), kToday, 300, true);
    REQUIRE(f.store.add(r));
    auto view = f.view();
    const QString pipe = f.dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    CHECK(view->exportCsvTo(pipe).contains(QStringLiteral("named pipe")));
    CHECK(QFileInfo(pipe).exists());
    CHECK_FALSE(QFileInfo(pipe).isFile());
}

// Sound, voice and the History page are plugins loaded on first use (see
// src/ui/plugin_loader.h). These tests load the plugins the build put beside the app,
// and point the loader at an empty folder to see the app cope when one is missing.
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/string_makers.h"
#include "ui/audio/on_demand_cue_outputs.h"
#include "ui/history/history_page.h"
#include "ui/history/missing_history_page.h"
#include "ui/main_window.h"
#include "ui/plugin_loader.h"

#include <catch2/catch.hpp>

#include <QChartView>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace legease;

namespace {

// Makes every plugin missing for as long as it lives.
struct NoPlugins {
    QTemporaryDir empty;
    NoPlugins() { ui::setPluginsFolder(empty.path()); }
    ~NoPlugins() { ui::setPluginsFolder(QString()); }
};

struct Window {
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    core::AppSettings settings{store};
    core::HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    core::LoadedContent content = core::loadContent({true, {}});
    ui::MainWindow window{content, settings, history};
};

bool anyLabelSays(const QWidget& page, const QString& words)
{
    const QList<QLabel*> labels = page.findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) { return label->text().contains(words); });
}

}  // namespace

TEST_CASE("the plugins are found relative to the program, as in an installed tree")
{
    const QString folder = ui::pluginsFolder();
    CHECK(folder.endsWith(QStringLiteral("/legease/plugins")));
    CHECK(QFileInfo::exists(folder + QStringLiteral("/legease_audio.so")));
    CHECK(QFileInfo::exists(folder + QStringLiteral("/legease_history.so")));
}

TEST_CASE("History is the real page with its chart, from the history plugin")
{
    Window app;
    app.window.showPage(ui::MainWindow::Page::History);
    ui::HistoryPage* page = app.window.historyPage();
    REQUIRE(page);
    CHECK(qobject_cast<ui::MissingHistoryPage*>(page) == nullptr);
    CHECK(page->findChild<QChartView*>() != nullptr);
    CHECK(page->showsEmptyState());  // it reads the (empty) store it was given
}

TEST_CASE("without the history plugin, History says plainly what is missing")
{
    NoPlugins none;
    Window app;
    app.window.showPage(ui::MainWindow::Page::History);
    ui::HistoryPage* page = app.window.historyPage();
    REQUIRE(qobject_cast<ui::MissingHistoryPage*>(page) != nullptr);
    CHECK(page->findChild<QChartView*>() == nullptr);
    CHECK(anyLabelSays(*page, QStringLiteral("legease --export-history FILE")));
    CHECK(anyLabelSays(*page, QStringLiteral("legease_history.so is missing")));
    page->exportCsv();  // nothing to do, and nothing breaks
    CHECK(app.window.currentPage() == ui::MainWindow::Page::History);
}

TEST_CASE("the audio plugin is loaded on the first cue, not when the outputs are made")
{
    ui::OnDemandCueSound sound;
    sound.setVolume(0.0);  // loudness never matters here; silence keeps a developer's machine quiet
    ui::OnDemandVoice voice;
    voice.stop();  // stopping before anything was said needs no plugin
    CHECK_FALSE(sound.isLoaded());
    CHECK_FALSE(voice.isLoaded());

    sound.play(core::Cue::CountdownThree);
    CHECK(sound.isLoaded());
    CHECK_FALSE(voice.isLoaded());
    (void)voice.voiceNames();  // the settings dialog asking for voices counts as a first use
    CHECK(voice.isLoaded());
}

TEST_CASE("without the audio plugin, sound and voice each say once that they are off")
{
    NoPlugins none;
    ui::OnDemandCueSound sound;
    ui::OnDemandVoice voice;
    QSignalSpy soundOff(&sound, &core::CueSound::unavailable);
    QSignalSpy voiceOff(&voice, &core::CueVoice::unavailable);

    sound.play(core::Cue::StepStarted);
    sound.play(core::Cue::Halfway);
    voice.say(QStringLiteral("Stroke up the calf."));
    voice.say(QStringLiteral("Now the other leg."));
    CHECK(voice.voiceNames().isEmpty());

    REQUIRE(soundOff.size() == 1);
    CHECK(soundOff.front().front().toString().contains(QStringLiteral("cues are shown on screen only")));
    REQUIRE(voiceOff.size() == 1);
    CHECK(voiceOff.front().front().toString().contains(QStringLiteral("shown on screen only")));
    CHECK_FALSE(sound.isLoaded());
    CHECK_FALSE(voice.isLoaded());
}

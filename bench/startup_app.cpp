// LegEase's start-up as `legease` runs it with no options (app::Startup: settings, theme,
// language, icon, content with the user's packs, the main window and the session launcher, the
// layout), exiting right after the main window's first paint. The history database is never
// opened at start-up; this program says so on stderr if it was. The runner (bench/run) times it
// against bare_window.
#include "app/startup.h"
#include "first_paint.h"
#include "ui/main_window.h"

#include <QApplication>

#include <cstdio>

using namespace legease;

int main(int argc, char* argv[])
{
    app::nameApplication();
    QApplication qapp(argc, argv);
    // The runner points XDG_CONFIG_HOME and XDG_DATA_HOME at its own folders, so these are a
    // temporary settings file, an empty packs folder and the benchmark's history.
    app::Startup startup(app::CommandLine{});
    if (!startup.settings().safetyAcknowledged())
        startup.settings().setSafetyAcknowledged(true);  // someone who has used the app before (the warm-up run)
    startup.openWindow();
    new bench::ExitAfterFirstPaint(*startup.window());
    const int status = qapp.exec();
    if (startup.history().isOpen())
        std::fprintf(stderr, "startup_app: the history database was opened during start-up\n");
    return status;
}

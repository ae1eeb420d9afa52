// Our own Catch2 main: tests need a Qt application object, and they must never touch the
// person's real settings, history or packs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#include <cstdio>

#ifdef LEGEASE_TEST_WIDGETS
#include "language.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // ctest sets this too, but test discovery runs the binary at build time without it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("LegEase"));
#ifdef LEGEASE_TEST_WIDGETS
    // The interface in English, as the app shows it, whatever this machine's language: the
    // English translation supplies the plural forms ("1 day", "2 days").
    if (!legease::ui::useLanguage(QStringLiteral("en"), legease::ui::translationsFolder())) {
        fprintf(stderr, "The English translation is missing from %s\n", qPrintable(legease::ui::translationsFolder()));
        return 1;
    }
#endif
    return Catch::Session().run(argc, argv);
}

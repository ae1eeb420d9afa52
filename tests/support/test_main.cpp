// Our own Catch2 main: tests need a Qt application object, and they must never touch the
// person's real settings, history or packs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#include <cstdio>

#ifdef LEGEASE_TEST_WIDGETS
#include "core/language/language.h"

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
    if (!legease::core::useLanguage(QStringLiteral("en"), legease::core::translationsFolder())) {
        fprintf(stderr, "The English translation is missing from %s\n", qPrintable(legease::core::translationsFolder()));
        return 1;
    }
#endif
    Catch::Session session;
    if (const int status = session.applyCommandLine(argc, argv); status != 0)
        return status;
    // However the tests are run: a test that asserts nothing fails, and so does a name that
    // matches no test. (Catch2 2.13 takes --warn only once on the command line.)
    Catch::ConfigData& config = session.configData();
    config.warnings = static_cast<Catch::WarnAbout::What>(
        config.warnings | Catch::WarnAbout::NoAssertions | Catch::WarnAbout::NoTests);
    return session.run();
}

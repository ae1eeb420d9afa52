#include "core/language/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace legease::core {
namespace {

const QString kPrefix = QStringLiteral("legease_");
const QString kEnglish = QStringLiteral("en");

// "de-AT" and "de_AT" name the same language; files use the underscore.
QString normalised(QString code)
{
    return code.replace(QLatin1Char('-'), QLatin1Char('_'));
}

}  // namespace

QString translationsFolder()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/legease/translations"));
}

QStringList availableLanguages(const QString& folder)
{
    QStringList codes;
    const QStringList files = QDir(folder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
        if (code != kEnglish && !code.isEmpty())
            codes << code;
    }
    codes.prepend(kEnglish);
    return codes;
}

QString chooseLanguage(const QString& setting, const QStringList& systemLanguages, const QStringList& available)
{
    if (available.contains(normalised(setting)))
        return normalised(setting);
    for (const QString& wanted : systemLanguages) {
        const QString code = normalised(wanted);
        if (available.contains(code))
            return code;
        const QString base = code.section(QLatin1Char('_'), 0, 0);
        if (available.contains(base))
            return base;
    }
    return kEnglish;
}

QString regionalVariant(const QString& language, const QStringList& systemLanguages)
{
    const QString chosen = normalised(language);
    for (const QString& wanted : systemLanguages) {
        const QString code = normalised(wanted);
        if (code == chosen || code.startsWith(chosen + QLatin1Char('_')))
            return code;
    }
    return chosen;
}

QString languageName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.at(0).toUpper() + name.mid(1);  // "español" is listed as "Español"
}

bool useLanguage(const QString& language, const QString& folder)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // The translators live as long as the application: there is one language per run.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;  // English, or Qt's translations are not installed: Qt's own words stay English

    auto* own = new QTranslator(QCoreApplication::instance());
    // QTranslator tries legease_de_AT.qm, then legease_de.qm, dropping one "_" part at a time.
    if (!own->load(kPrefix + normalised(language), folder)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

}  // namespace legease::core

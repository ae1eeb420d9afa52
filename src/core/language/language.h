#pragma once

#include <QString>
#include <QStringList>

namespace legease::core {

// Which language the interface speaks, and loading its translations. English is the source
// language; every other language is a legease_<code>.qm file in the translations folder.

// share/legease/translations beside the binary's bin/ folder: the same in the build tree and
// in an installed tree, so a relocated install still finds its translations.
QString translationsFolder();

// "en" followed by the codes of the translations found in `folder`, sorted ("de", "pt_BR").
QStringList availableLanguages(const QString& folder);

// The language to use: the setting when it names an available language, otherwise the first of
// the system's preferred languages we have ("de-AT" matches "de"), otherwise English.
QString chooseLanguage(const QString& setting, const QStringList& systemLanguages, const QStringList& available);

// The system's own variant of the chosen `language` when it prefers one ("de_AT" for "de" on an
// Austrian system, "en_GB" for "en" on a British one), otherwise `language`. Dates, numbers and
// regional content packs follow it, while the interface uses the closest translation there is.
QString regionalVariant(const QString& language, const QStringList& systemLanguages);

// The language's own name for itself, as a person looks for it in a list: "Deutsch", "English".
QString languageName(const QString& code);

// Installs LegEase's and Qt's own translations (standard buttons and dialogs) for `language` on
// the running application and makes it the default locale, so dates and numbers follow it too.
// A regional variant ("de_AT") uses its own translation file if there is one, else the
// language's ("de"). Returns false when LegEase's translation could not be loaded; the interface
// then stays English.
bool useLanguage(const QString& language, const QString& folder);

}  // namespace legease::core

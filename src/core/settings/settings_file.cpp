#include "core/settings/settings_file.h"

#include "core/files/save_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace legease::core {

QStringList PersonsSettings::files()
{
    // QSettings' own order on XDG desktops: the user's application file and organisation file,
    // then the application's file in each system folder, then the organisation's.
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    const QString application = QStringLiteral("LegEase/legease.conf");
    const QString organisation = QStringLiteral("LegEase.conf");
    QStringList files;
    if (folders.isEmpty())
        return files;
    files << QDir(folders.front()).filePath(application) << QDir(folders.front()).filePath(organisation);
    for (const QString& folder : folders.mid(1))
        files << QDir(folder).filePath(application);
    for (const QString& folder : folders.mid(1))
        files << QDir(folder).filePath(organisation);
    return files;
}

PersonsSettings::PersonsSettings()
{
    for (const QString& file : files()) {
        if (const QString kind = nonRegularFileKind(file); !kind.isEmpty()) {
            m_leftAlone = file;
            m_kind = kind;
            break;
        }
    }
    if (m_leftAlone.isEmpty()) {
        m_store = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LegEase"),
            QStringLiteral("legease"));
        return;
    }
    // A stand-in nobody else reads: changes work for this run and are gone afterwards.
    m_scratch = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
}

QString PersonsSettings::problem() const
{
    if (m_leftAlone.isEmpty())
        return {};
    const QString kind = nonRegularFileKind(m_leftAlone);  // asked again, in today's language
    return QCoreApplication::translate("legease::core::PersonsSettings",
        "Your settings file %1 is %2, not a regular file, so LegEase leaves it alone and starts with the default "
        "settings. Changes you make now will not be kept.")
        .arg(QDir::toNativeSeparators(m_leftAlone), kind.isEmpty() ? m_kind : kind);
}

}  // namespace legease::core

#pragma once

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace legease::core {

// The person's own settings: QSettings in its native format, user scope, organisation "LegEase",
// application "legease" (XDG_CONFIG_HOME/LegEase/legease.conf). QSettings reads that file, and
// the fallbacks it reads beside it (LegEase.conf, and both under XDG_CONFIG_DIRS), the moment it
// is made; a named pipe there would block start-up for ever. So each is looked at first, without
// opening it, and when one exists and is not a regular file nothing there is opened or written:
// this run starts from the default settings, kept in a scratch file removed at exit.
class PersonsSettings {
public:
    PersonsSettings();

    QSettings& store() { return *m_store; }
    // The files QSettings reads, in its order; the first is the one it writes.
    static QStringList files();
    // "" when the real settings are in use; otherwise which file was left alone and why, in
    // words for people (in the interface's language at the time of asking).
    QString problem() const;
    QString leftAlone() const { return m_leftAlone; }

private:
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<QSettings> m_store;
    QString m_leftAlone;  // the file that is not a regular file, "" when none is
    QString m_kind;       // what it was instead, in words
};

}  // namespace legease::core

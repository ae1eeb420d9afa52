#pragma once

#include "core/content/content_library.h"
#include "core/history/session_record.h"
#include "ui/session/session_view.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace legease::core {
class AppSettings;
class Clock;
class HistoryStore;
class CueSound;
}  // namespace legease::core

namespace legease::ui {

class SpeechVoice;

// Opens guided sessions in their own window. The clock, sound and voice are made on the first
// session, never at start-up, and shared by the sessions after it; the sound and voice load the
// audio plugin only when the first cue is played or spoken.
class SessionLauncher : public QObject {
    Q_OBJECT

public:
    SessionLauncher(const core::ContentLibrary& library, core::AppSettings& settings, core::HistoryStore& history,
        QObject* parent = nullptr);
    ~SessionLauncher() override;

    // Returns the window, or nullptr for an unknown routine id. Each session takes the settings
    // as they are when it opens.
    QWidget* open(const QString& routineId);

    // The voices the speech engine offers, for the settings dialog (creates the engine).
    QStringList voiceNames();

Q_SIGNALS:
    void sessionEnded(const legease::core::SessionRecord& record);

private:
    void ensureOutputs();
    void keep(SessionView* view, const core::SessionRecord& record);

    const core::ContentLibrary& m_library;
    core::AppSettings& m_settings;
    core::HistoryStore& m_history;
    std::unique_ptr<core::Clock> m_clock;
    QPointer<core::CueSound> m_sound;
    QPointer<SpeechVoice> m_voice;
};

}  // namespace legease::ui

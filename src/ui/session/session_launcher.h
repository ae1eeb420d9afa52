#pragma once

#include "content/content_library.h"
#include "history/session_record.h"
#include "session_view.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace legease::core {
class Clock;
class CueSound;
class CueVoice;
}  // namespace legease::core

namespace legease::ui {

// Opens guided sessions in their own window. The clock, sound and voice are made on the first
// session, never at start-up, and shared by the sessions after it.
class SessionLauncher : public QObject {
    Q_OBJECT

public:
    SessionLauncher(const core::ContentLibrary& library, SessionOptions options, QObject* parent = nullptr);
    ~SessionLauncher() override;

    // Returns the window, or nullptr for an unknown routine id.
    QWidget* open(const QString& routineId);

Q_SIGNALS:
    void sessionEnded(const legease::core::SessionRecord& record);

private:
    void ensureOutputs();

    const core::ContentLibrary& m_library;
    SessionOptions m_options;
    std::unique_ptr<core::Clock> m_clock;
    QPointer<core::CueSound> m_sound;
    QPointer<core::CueVoice> m_voice;
};

}  // namespace legease::ui

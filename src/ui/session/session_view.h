#pragma once

#include "core/content/content_library.h"
#include "core/history/session_record.h"
#include "core/session/cue_outputs.h"
#include "core/session/session_engine.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QStackedWidget;

namespace legease::ui {

class HowToDialog;
class Announcer;
class SessionIntroPage;
class SessionRunPage;
class SessionSummaryPage;

struct SessionOptions {
    core::TimelineOptions timeline;
    bool soundOn = true;
    bool voiceOn = false;
    double volume = 0.8;
    bool reduceMotion = false;  // the stroke on the diagram stands still, as arrows and marks
};

// One guided session from the cautions to the summary: runs the engine, turns its cues into
// sound, speech and text, and answers the keyboard. Sound and voice are optional.
class SessionView : public QWidget {
    Q_OBJECT

public:
    SessionView(const core::ContentLibrary& library, const core::Routine& routine, const SessionOptions& options,
        const core::Clock& clock, core::CueSound* sound, core::CueVoice* voice, QWidget* parent = nullptr);

    core::SessionEngine& engine() { return m_engine; }
    SessionIntroPage* introPage() const { return m_intro; }
    SessionRunPage* runPage() const { return m_run; }
    SessionSummaryPage* summaryPage() const { return m_summary; }
    // What screen readers are told as the session goes on.
    Announcer* announcer() const { return m_announcer; }
    QWidget* currentPage() const;
    HowToDialog* howToDialog() const { return m_howTo; }  // null until first opened

    bool soundOn() const { return m_soundOn; }
    bool voiceOn() const { return m_voiceOn; }
    core::SessionRecord record() const;

    // The history store's id for this session, once it has been written.
    void setRecordId(qint64 id) { m_record.id = id; }
    // Why the history cannot keep this session: shown once on the run page, and the latest word
    // stays on the summary at the end. "" when the last write worked, which clears the summary's.
    void showHistoryProblem(const QString& message);

    // Asks before stopping a session more than a minute in; tests answer without a dialog.
    void setStopConfirmation(std::function<bool()> confirm) { m_confirmStop = std::move(confirm); }

    static constexpr qint64 kConfirmStopAfterMs = 60'000;

public Q_SLOTS:
    void start();
    void requestStop();
    void toggleSound();
    void toggleVoice();
    // Opens the technique card of the current step's stroke (or the next step's, during a pause
    // between steps) beside the running session; the timer goes on.
    void showHowTo();

Q_SIGNALS:
    // At the start, at every step boundary, at the end and when the summary is closed: what the
    // history should hold so far, so a crash loses at most the current step.
    void recordChanged(const legease::core::SessionRecord& record);
    void done(const legease::core::SessionRecord& record);  // the summary was closed
    void closeRequested();                                   // Esc before the session began
    void soundToggled(bool on);
    void voiceToggled(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onSegmentChanged();
    void onStateChanged(core::SessionState state);
    void onCue(core::Cue cue);
    void onFinished();
    void addShortcut(const QKeySequence& key, void (*action)(SessionView*));
    void whileRunning(void (core::SessionEngine::*action)());
    void say(const QString& text);
    void captureProgress();
    const core::Step* howToStep() const;

    const core::ContentLibrary& m_library;
    const core::Clock& m_clock;
    core::SessionEngine m_engine;
    QPointer<core::CueSound> m_sound;
    QPointer<core::CueVoice> m_voice;
    bool m_soundOn;
    bool m_voiceOn;
    std::function<bool()> m_confirmStop;

    QStackedWidget* m_pages;
    SessionIntroPage* m_intro;
    SessionRunPage* m_run;
    SessionSummaryPage* m_summary;
    HowToDialog* m_howTo = nullptr;
    bool m_reduceMotion;
    Announcer* m_announcer;
    bool m_wasPaused = false;
    core::SessionRecord m_record;
    bool m_historyProblemShown = false;
};

}  // namespace legease::ui

#pragma once

#include "core/content/content_library.h"
#include "core/session/session_engine.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

namespace legease::ui {

class LegDiagram;
class MotionTicker;
class TempoPulse;

// The session while it runs: everything about the current step at a glance, a big countdown,
// what comes next, and the controls. It only shows; SessionView decides.
class SessionRunPage : public QWidget {
    Q_OBJECT

public:
    explicit SessionRunPage(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showSegment(const core::SessionEngine& engine);
    // The segment shown, in words for a screen reader (see segmentAnnouncement).
    QString announcement() const { return m_announcement; }
    void showTime(const core::SessionEngine& engine);
    void showState(core::SessionState state);
    void showCue(const QString& text);      // the visible side of a cue: "3", "Halfway"
    void showMessage(const QString& text);  // something the person should know; stays until replaced
    void showSoundOn(bool on);
    void showVoiceOn(bool on);
    void showSoundUnavailable();
    void showVoiceUnavailable();
    // "Reduce motion": the stroke on the diagram stands still, drawn as arrows and marks.
    void setReduceMotion(bool reduce);
    // Full screen, for reading from a distance: the button says how to leave, the text grows.
    void showFullScreen(bool on);

    QLabel* legLabel() const { return m_leg; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* instructionLabel() const { return m_instruction; }
    QLabel* nextLabel() const { return m_next; }
    QLabel* cueLabel() const { return m_cue; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* positionLabel() const { return m_position; }
    QLabel* timeLeftLabel() const { return m_timeLeft; }
    QProgressBar* progressBar() const { return m_progress; }
    LegDiagram* diagram() const { return m_diagram; }
    TempoPulse* pulse() const { return m_pulse; }
    MotionTicker* motion() const { return m_motion; }

    QPushButton* previousButton() const { return m_previous; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* nextButton() const { return m_nextButton; }
    QPushButton* restartButton() const { return m_restart; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* howButton() const { return m_how; }
    QPushButton* soundButton() const { return m_sound; }
    QPushButton* voiceButton() const { return m_voice; }
    QPushButton* fullScreenButton() const { return m_fullScreen; }

Q_SIGNALS:
    void fullScreenRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showMotion(const core::Segment& segment, const core::Step* step);
    void scaleText();

    const core::ContentLibrary& m_library;
    const core::SessionEngine* m_engine = nullptr;
    QLabel* m_leg;
    QLabel* m_position;
    QLabel* m_timeLeft;
    QProgressBar* m_progress;
    LegDiagram* m_diagram;
    QLabel* m_title;
    QLabel* m_countdown;
    QLabel* m_details;
    TempoPulse* m_pulse;
    QLabel* m_instruction;
    QLabel* m_next;
    QLabel* m_cue;
    QLabel* m_message;
    QPushButton* m_previous;
    QPushButton* m_pause;
    QPushButton* m_nextButton;
    QPushButton* m_restart;
    QPushButton* m_how;
    QPushButton* m_stop;
    QPushButton* m_sound;
    QPushButton* m_voice;
    MotionTicker* m_motion;
    QPushButton* m_fullScreen;
    QString m_announcement;
    bool m_isFullScreen = false;
    // The labels that grow with the window, each with its size relative to the desktop's font.
    std::vector<std::pair<QLabel*, qreal>> m_scaled;
};

}  // namespace legease::ui

#pragma once

#include "core/content/content_library.h"
#include "core/motion/technique.h"
#include "core/session/clock.h"

#include <QWidget>

#include <memory>

class QBoxLayout;
class QLabel;

namespace legease::ui {

class LegDiagram;
class MotionTicker;

// How one stroke is done: its name, usual pressure and how-to text next to a larger, live
// picture of its motion on a region (the leg diagram, zoomed to the region), and, in the
// techniques guide, the routines that use it. The picture moves on its own clock, only while
// the card is on screen; with "reduce motion" it stands still as arrows and marks. Everything
// the picture shows is also said in words, and the card works at any width: the picture goes
// above the text when there is no room beside it.
class TechniqueCard : public QWidget {
    Q_OBJECT

public:
    enum class Style {
        Guide,  // the techniques page: with the routines that use the stroke
        Step,   // beside a step's own instruction, or during a session: without them
    };

    TechniqueCard(const core::ContentLibrary& library, Style style, QWidget* parent = nullptr);
    ~TechniqueCard() override;

    // The stroke as the guide shows it (core::techniqueExample); an unknown id shows a note.
    void showStroke(const QString& strokeId);
    // The stroke of a step, on the step's own region, in its direction and at its tempo.
    void showExample(const core::TechniqueExample& example);
    QString stroke() const { return m_example.stroke; }
    const core::TechniqueExample& example() const { return m_example; }

    // Where the picture's time comes from; a system clock unless a test or screenshot says.
    void setClock(const core::Clock* clock);
    void setReduceMotion(bool reduce);
    // Starts the motion again from the beginning of a stroke, now.
    void restartMotion();
    // One stroke of the picture, in milliseconds.
    qint64 strokeMs() const;

    QLabel* nameLabel() const { return m_name; }
    QLabel* pressureLabel() const { return m_pressure; }
    QLabel* howToLabel() const { return m_howTo; }
    QLabel* shownLabel() const { return m_shown; }
    QLabel* usedInLabel() const { return m_usedIn; }
    LegDiagram* picture() const { return m_picture; }
    MotionTicker* motion() const { return m_motion; }

Q_SIGNALS:
    // A routine named among those that use the stroke was chosen.
    void routineRequested(const QString& routineId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void describePicture();

    const core::ContentLibrary& m_library;
    Style m_style;
    std::unique_ptr<core::SystemClock> m_ownClock;
    const core::Clock* m_clock;
    qint64 m_startMs = 0;
    core::TechniqueExample m_example;

    QLabel* m_name;
    QLabel* m_pressure;
    LegDiagram* m_picture;
    QLabel* m_shown;
    QLabel* m_howTo;
    QLabel* m_usedInHeading;
    QLabel* m_usedIn;
    QLabel* m_note;
    QBoxLayout* m_body;
    MotionTicker* m_motion;
};

}  // namespace legease::ui

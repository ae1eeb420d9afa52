#pragma once

#include <QWidget>

class QTimer;

namespace legease::ui {

// A soft dot that glows once per stroke at the step's tempo. It repaints twice a beat and not
// at all when stopped or out of sight (hidden, or its window minimised), so it costs next to
// nothing while a session runs.
class TempoPulse : public QWidget {
    Q_OBJECT

public:
    explicit TempoPulse(QWidget* parent = nullptr);

    void setTempo(int strokesPerMinute);  // 0 stops and hides it
    void setRunning(bool running);
    int tempo() const { return m_tempo; }
    bool isLit() const { return m_lit; }
    bool isBeating() const;
    QSize sizeHint() const override { return {28, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void beat();
    void applyTimer();

    QTimer* m_beat;
    QTimer* m_fade;
    int m_tempo = 0;
    bool m_running = false;
    bool m_lit = false;
    bool m_onScreen = false;  // between a show and a hide event, minimising included
};

}  // namespace legease::ui

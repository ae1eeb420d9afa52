#include "ui/session/tempo_pulse.h"

#include <QPainter>
#include <QTimer>

namespace legease::ui {
namespace {

constexpr int kGlowMs = 350;

}  // namespace

TempoPulse::TempoPulse(QWidget* parent)
    : QWidget(parent)
    , m_beat(new QTimer(this))
    , m_fade(new QTimer(this))
{
    m_fade->setSingleShot(true);
    connect(m_beat, &QTimer::timeout, this, &TempoPulse::beat);
    connect(m_fade, &QTimer::timeout, this, [this] {
        m_lit = false;
        update();
    });
    setAccessibleName(tr("Stroke rhythm"));
    hide();
}

void TempoPulse::setTempo(int strokesPerMinute)
{
    m_tempo = std::max(0, strokesPerMinute);
    setVisible(m_tempo > 0);
    setAccessibleDescription(m_tempo > 0 ? tr("%1 strokes a minute").arg(m_tempo) : QString());
    applyTimer();
}

void TempoPulse::setRunning(bool running)
{
    m_running = running;
    applyTimer();
}

void TempoPulse::applyTimer()
{
    m_lit = false;
    if (m_running && m_tempo > 0 && m_onScreen) {
        m_beat->start(60'000 / m_tempo);
        beat();
    } else {
        m_beat->stop();
        m_fade->stop();
    }
    update();
}

bool TempoPulse::isBeating() const
{
    return m_beat->isActive();
}

void TempoPulse::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_onScreen = true;
    applyTimer();
}

void TempoPulse::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_onScreen = false;
    applyTimer();
}

void TempoPulse::beat()
{
    m_lit = true;
    m_fade->start(std::min(kGlowMs, m_beat->interval() / 2));
    update();
}

void TempoPulse::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = palette().color(QPalette::Highlight);
    color.setAlphaF(m_lit ? 0.95f : 0.25f);
    const int side = std::min(width(), height()) - 4;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRect((width() - side) / 2, (height() - side) / 2, side, side));
}

}  // namespace legease::ui

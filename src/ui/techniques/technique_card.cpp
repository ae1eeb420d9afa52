#include "ui/techniques/technique_card.h"

#include "core/motion/stroke_motion.h"
#include "ui/content_words.h"
#include "ui/leg_diagram.h"
#include "ui/motion/motion_ticker.h"
#include "ui/text_label.h"

#include <QBoxLayout>
#include <QLabel>
#include <QResizeEvent>

namespace legease::ui {
namespace {

// Below this width the picture goes above the text instead of beside it.
constexpr int kSideBySideWidth = 560;

}  // namespace

TechniqueCard::TechniqueCard(const core::ContentLibrary& library, Style style, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_style(style)
    , m_ownClock(std::make_unique<core::SystemClock>())
    , m_clock(m_ownClock.get())
    , m_name(textLabel(style == Style::Guide ? 1.5 : 1.2, true))
    , m_pressure(textLabel())
    , m_picture(new LegDiagram(&library))
    , m_shown(textLabel(0.92))
    , m_howTo(textLabel(1.05))
    , m_usedInHeading(textLabel(1.0, true))
    , m_usedIn(new QLabel)
    , m_note(textLabel(0.92))
    , m_body(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_motion(new MotionTicker(m_picture, this))
{
    m_pressure->setForegroundRole(QPalette::PlaceholderText);
    m_shown->setForegroundRole(QPalette::PlaceholderText);
    m_shown->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("The picture shows the idea, not the exact feel: go by what feels good to you, and stop "
                       "if anything hurts."));

    m_picture->setZoomedToRegion(true);
    m_picture->setMinimumSize(200, 210);
    m_picture->setMaximumSize(520, 560);  // a picture, not a poster, on a large screen
    m_picture->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_usedInHeading->setText(tr("Used in"));
    m_usedIn->setWordWrap(true);
    m_usedIn->setTextFormat(Qt::RichText);  // links to the routines; every title is escaped
    m_usedIn->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_usedIn, &QLabel::linkActivated, this, [this](const QString& link) {
        if (m_library.routine(link))
            Q_EMIT routineRequested(link);
    });

    auto* pictureColumn = new QVBoxLayout;
    pictureColumn->setSpacing(4);
    pictureColumn->addWidget(m_picture, 1);
    pictureColumn->addWidget(m_shown);

    auto* text = new QWidget;  // lines of a comfortable length beside the picture
    text->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    auto* textColumn = new QVBoxLayout(text);
    textColumn->setContentsMargins(0, 0, 0, 0);
    textColumn->setSpacing(8);
    textColumn->addWidget(m_howTo);
    textColumn->addSpacing(4);
    textColumn->addWidget(m_usedInHeading);
    textColumn->addWidget(m_usedIn);
    textColumn->addSpacing(4);
    textColumn->addWidget(m_note);
    textColumn->addStretch(1);
    const bool guide = m_style == Style::Guide;
    m_usedInHeading->setVisible(guide);
    m_usedIn->setVisible(guide);

    m_body->setSpacing(18);
    m_body->addLayout(pictureColumn, 1);
    m_body->addWidget(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_name);
    layout->addWidget(m_pressure);
    layout->addSpacing(4);
    layout->addLayout(m_body, 1);

    m_motion->setRunning(true);  // it still only moves while on screen
}

TechniqueCard::~TechniqueCard() = default;

void TechniqueCard::showStroke(const QString& strokeId)
{
    showExample(core::techniqueExample(m_library, strokeId));
}

void TechniqueCard::showExample(const core::TechniqueExample& example)
{
    m_example = example;
    refresh();
}

void TechniqueCard::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : m_ownClock.get();
    restartMotion();
}

void TechniqueCard::setReduceMotion(bool reduce)
{
    m_motion->setReduceMotion(reduce);
    describePicture();
}

void TechniqueCard::restartMotion()
{
    m_startMs = m_clock->monotonicMs();
    m_motion->tick();
}

qint64 TechniqueCard::strokeMs() const
{
    return m_example.tempo > 0 ? 60'000 / m_example.tempo : 0;
}

void TechniqueCard::refresh()
{
    const core::Stroke* stroke = m_library.stroke(m_example.stroke);
    const core::Region* region = m_library.region(m_example.region);
    if (!stroke) {
        m_name->setText(m_example.stroke.isEmpty() ? tr("No stroke chosen") : m_example.stroke);
        m_pressure->hide();
        m_howTo->setText(tr("There is nothing to show about this stroke: no loaded content pack describes it."));
        m_shown->clear();
        m_usedIn->clear();
        m_picture->clearHighlight();
        m_picture->setMotion(std::nullopt);
        m_motion->setSource({});
        describePicture();
        return;
    }

    m_name->setText(stroke->name);
    m_pressure->setVisible(stroke->pressure.has_value());
    if (stroke->pressure)
        m_pressure->setText(tr("Usual pressure: %1").arg(shortPressureWords(*stroke->pressure)));
    m_howTo->setText(stroke->howTo);

    const QString where = regionName(m_library, m_example.region);
    if (core::motionOf(*stroke) == core::Motion::StretchHold)  // held, not stroked: the rhythm is breathing
        m_shown->setText(tr("Shown on: %1, a steady hold with %n slow breath(s) a minute", nullptr, m_example.tempo).arg(where));
    else
        m_shown->setText(tr("Shown on: %1, %2, %n stroke(s) a minute", nullptr, m_example.tempo)
                             .arg(where, directionPhrase(m_example.direction)));

    QStringList links;
    for (const QString& id : core::routinesUsing(m_library, stroke->id))
        if (const core::Routine* routine = m_library.routine(id))
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(id.toHtmlEscaped(), routine->title.toHtmlEscaped());
    m_usedIn->setText(links.isEmpty() ? tr("No routine uses it yet.").toHtmlEscaped()
                                      : links.join(QStringLiteral("<br>")));

    // The left leg, as a person looks down at it; the session mirrors it for the right.
    m_picture->highlight(m_example.region, region ? region->view : core::View::Back, core::Leg::Left);
    m_picture->setMotion(core::motionOf(*stroke), m_example.direction);
    const int tempo = m_example.tempo;
    m_motion->setSource([this, tempo] { return core::strokesAt(m_clock->monotonicMs() - m_startMs, tempo); });
    restartMotion();
    describePicture();
}

void TechniqueCard::describePicture()
{
    m_picture->setAccessibleName(tr("Picture of the stroke"));
    if (!m_library.stroke(m_example.stroke)) {
        m_picture->setAccessibleDescription(QString());
        return;
    }
    const QString what = strokeOnRegion(m_library, m_example.stroke, m_example.region, m_example.direction);
    m_picture->setAccessibleDescription(m_picture->motionStill() ? tr("%1, drawn still with arrows").arg(what)
                                                                 : tr("%1, moving").arg(what));
}

void TechniqueCard::resizeEvent(QResizeEvent* event)
{
    m_body->setDirection(event->size().width() < kSideBySideWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

}  // namespace legease::ui

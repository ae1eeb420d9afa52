#include "ui/screenshot.h"

#include "core/content/content_store.h"
#include "core/files/save_file.h"
#include "core/motion/stroke_motion.h"
#include "core/session/clock.h"
#include "core/settings/app_settings.h"
#include "ui/main_window.h"
#include "ui/motion/motion_ticker.h"
#include "ui/pages.h"
#include "ui/routines/own_routines.h"
#include "ui/routines/routine_editor.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_view.h"
#include "ui/settings/settings_dialog.h"
#include "ui/techniques/technique_card.h"
#include "ui/techniques/techniques_view.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QHBoxLayout>
#include <QPixmap>

#include <cmath>

namespace legease::ui {
namespace {

// A clock that stands still, so a screenshot shows whole, repeatable numbers; it is set once to
// the moment of the stroke's motion the picture shows.
class StillClock final : public core::Clock {
public:
    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return 1'767'225'600'000; }
    void set(qint64 monotonicMs) { m_monotonic = monotonicMs; }

private:
    qint64 m_monotonic = 0;
};

// `phase` of the way through one stroke at `tempo`, in milliseconds.
qint64 phaseMs(double phase, int tempo)
{
    return tempo > 0 ? std::llround(phase * 60'000.0 / tempo) : 0;
}

// Outputs that accept cues and stay silent, so a screenshot shows sound and voice as they look
// on a computer that has them.
class SilentSound final : public core::CueSound {
public:
    void play(core::Cue) override {}
    void setVolume(double) override {}
};

class SilentVoice final : public core::CueVoice {
public:
    void say(const QString&) override {}
    void stop() override {}
};

// Views named for the item they show open on a page: the same picture as the page's view.
constexpr std::pair<const char*, Page> kItemViews[] = {{"article", Page::Benefits}, {"routine", Page::Routines}};

QPixmap render(QWidget& widget, QSize size)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    return widget.grab();
}

// The settings dialog over the main window, the way people see it.
QPixmap renderDialogOver(QWidget& window, QWidget& dialog, QSize size)
{
    QPixmap picture = render(window, size);
    dialog.adjustSize();
    dialog.resize(std::min(dialog.width(), size.width() - 40), std::min(dialog.height(), size.height() - 40));
    dialog.show();
    QApplication::processEvents();
    const QPixmap top = dialog.grab();
    QPainter painter(&picture);
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
    const QPoint at((picture.width() - top.width()) / 2, (picture.height() - top.height()) / 2);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, top);
    return picture;
}

}  // namespace

QStringList screenshotViews()
{
    QStringList views;
    for (const PageInfo& page : kPages)
        views << QLatin1String(page.id);
    for (const auto& [name, page] : kItemViews)
        views << QLatin1String(name);
    views << QStringLiteral("session") << QStringLiteral("settings") << QStringLiteral("safety") << QStringLiteral("editor");
    return views;
}

namespace {

// The session at step `request.step`, `request.phase` of the way through its first stroke.
QString renderSession(const ScreenshotRequest& request, const core::ContentLibrary& library, const core::Routine& routine,
    core::AppSettings& settings, QPixmap& picture)
{
    StillClock clock;
    SilentSound sound;
    SilentVoice voice;
    SessionOptions options{settings.timelineOptions(), true, false, 0.0, settings.reduceMotion()};
    SessionView view(library, routine, options, clock, &sound, &voice);
    const int steps = view.engine().timeline().stepSegmentCount();
    if (request.step < 1 || request.step > steps)
        return QStringLiteral("there is no step %1 in \"%2\": its session has steps 1 to %3").arg(request.step).arg(routine.id).arg(steps);
    view.start();
    for (int seen = 0;;) {
        core::SessionEngine& engine = view.engine();
        if (engine.segment().kind == core::Segment::Kind::Step && ++seen == request.step)
            break;
        engine.next();
    }
    const core::Step* step = view.engine().stepOf(view.engine().segment());
    clock.set(phaseMs(request.phase, core::stepTempo(*step, library.stroke(step->stroke))));
    view.engine().refresh();
    picture = render(view, request.size);
    return {};
}

// One stroke's card on a plain page, as the guide shows it.
QString renderTechnique(const ScreenshotRequest& request, const core::ContentLibrary& library, core::AppSettings& settings,
    QPixmap& picture)
{
    const QString id = request.view.mid(qsizetype(sizeof(kTechniqueViewPrefix) - 1));
    if (!library.stroke(id)) {
        QStringList ids;
        for (const core::Stroke& stroke : library.strokes())
            ids << stroke.id;
        return QStringLiteral("there is no stroke \"%1\"; choose one of: %2").arg(id, ids.join(QStringLiteral(", ")));
    }
    StillClock clock;
    QWidget page;
    page.setWindowTitle(QStringLiteral("LegEase"));
    auto* row = new QHBoxLayout(&page);
    row->setContentsMargins(28, 22, 28, 22);
    auto* card = new TechniqueCard(library, TechniqueCard::Style::Guide);
    card->setMaximumWidth(1240);  // as the guide lays it out, centred on a wide screen
    row->addWidget(card);
    card->setClock(&clock);
    card->setReduceMotion(settings.reduceMotion());
    card->showStroke(id);
    page.resize(request.size);
    page.show();
    QApplication::processEvents();
    clock.set(phaseMs(request.phase, card->example().tempo));
    card->motion()->tick();
    picture = render(page, request.size);
    return {};
}

}  // namespace

QString takeScreenshot(const ScreenshotRequest& request, const core::LoadedContent& content, core::AppSettings& settings,
    core::HistoryStore& history)
{
    core::ContentStore store(content);
    return takeScreenshot(request, store, settings, history);
}

QString takeScreenshot(const ScreenshotRequest& request, core::ContentStore& content, core::AppSettings& settings,
    core::HistoryStore& history)
{
    const core::ContentLibrary& library = content.library();
    const bool technique = request.view.startsWith(QLatin1String(kTechniqueViewPrefix));
    if (!screenshotViews().contains(request.view) && !technique)
        return QStringLiteral("unknown view \"%1\"; choose one of: %2, technique:ID")
            .arg(request.view, screenshotViews().join(QStringLiteral(", ")));
    if (library.routines().empty() || library.benefits().empty())
        return QStringLiteral("no content was loaded, so there is nothing to show");
    const QString routineId = request.routine.isEmpty() ? library.routines().front().id : request.routine;
    const core::Routine* routine = library.routine(routineId);
    if (!routine)
        return QStringLiteral("there is no routine \"%1\"").arg(routineId);

    QPixmap picture;
    StillClock pageClock;  // outlives the window, whose techniques page may read it to the end
    MainWindow window(content, settings, history);
    if (request.view == QLatin1String("session")) {
        if (const QString problem = renderSession(request, library, *routine, settings, picture); !problem.isEmpty())
            return problem;
    } else if (technique) {
        if (const QString problem = renderTechnique(request, library, settings, picture); !problem.isEmpty())
            return problem;
    } else if (request.view == QLatin1String("editor")) {
        // One of the person's own routines as it is, any other as the copy Duplicate makes.
        OwnRoutines* own = window.ownRoutines();
        RoutineEditor* editor = own->isOwn(routine->id) ? own->edit(routine->id) : nullptr;
        if (!editor) {
            editor = new RoutineEditor(content, copyOfRoutine(*routine), std::nullopt, settings.timelineOptions(), own->asking(), &window);
            editor->setAttribute(Qt::WA_DeleteOnClose);
        }
        editor->setCurrentStep(std::min<int>(1, int(routine->steps.size()) - 1));
        editor->setWindowFlag(Qt::Window);
        picture = render(*editor, request.size);
    } else if (request.view == QLatin1String("settings")) {
        SettingsDialog dialog(settings, QStringList(), &window);
        picture = renderDialogOver(window, dialog, request.size);
    } else if (request.view == QLatin1String("safety")) {
        if (!library.safety())
            return QStringLiteral("no content pack gives a safety screen");
        SafetyDialog dialog(*library.safety(), SafetyDialog::Mode::Acknowledge, &window);
        picture = renderDialogOver(window, dialog, request.size);
    } else {
        const PageInfo* page = pageWithId(request.view);
        for (const auto& [name, itemPage] : kItemViews)
            if (request.view == QLatin1String(name))
                page = &pageInfo(itemPage);
        window.showPage(page->page);
        // Pages that list items show one open: the requested one, or the first.
        if (page->page == Page::Benefits && !request.benefit.isEmpty() && !window.showBenefit(request.benefit))
            return QStringLiteral("there is no benefit \"%1\"").arg(request.benefit);
        if (page->page == Page::Routines)
            window.routinesView()->showRoutine(routineId);
        if (page->page == Page::Techniques) {
            TechniquesView* techniques = window.techniquesView();
            techniques->setClock(&pageClock);
            pageClock.set(phaseMs(request.phase, techniques->card()->example().tempo));
        }
        picture = render(window, request.size);
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !picture.save(&buffer, "PNG"))
        return QStringLiteral("could not make a PNG of %1").arg(request.view);
    return core::saveFile(request.file, png);  // never into a device, a pipe or a folder
}

}  // namespace legease::ui

#include "ui/screenshot.h"

#include "core/content/content_store.h"
#include "core/files/save_file.h"
#include "core/session/clock.h"
#include "core/settings/app_settings.h"
#include "ui/main_window.h"
#include "ui/pages.h"
#include "ui/routines/own_routines.h"
#include "ui/routines/routine_editor.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/session/session_view.h"
#include "ui/settings/settings_dialog.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QPixmap>

namespace legease::ui {
namespace {

// A clock that stands still, so a screenshot shows whole, repeatable numbers.
class StillClock final : public core::Clock {
public:
    qint64 monotonicMs() const override { return 0; }
    qint64 wallMs() const override { return 1'767'225'600'000; }
};

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
    if (!screenshotViews().contains(request.view))
        return QStringLiteral("unknown view \"%1\"; choose one of: %2").arg(request.view, screenshotViews().join(QStringLiteral(", ")));
    if (library.routines().empty() || library.benefits().empty())
        return QStringLiteral("no content was loaded, so there is nothing to show");
    const QString routineId = request.routine.isEmpty() ? library.routines().front().id : request.routine;
    const core::Routine* routine = library.routine(routineId);
    if (!routine)
        return QStringLiteral("there is no routine \"%1\"").arg(routineId);

    QPixmap picture;
    MainWindow window(content, settings, history);
    if (request.view == QLatin1String("session")) {
        StillClock clock;
        SilentSound sound;
        SilentVoice voice;
        SessionView view(library, *routine, SessionOptions{settings.timelineOptions(), true, false, 0.0}, clock, &sound, &voice);
        view.start();
        view.engine().next();  // past get-ready, onto the first step
        picture = render(view, request.size);
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
        picture = render(window, request.size);
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !picture.save(&buffer, "PNG"))
        return QStringLiteral("could not make a PNG of %1").arg(request.view);
    return core::saveFile(request.file, png);  // never into a device, a pipe or a folder
}

}  // namespace legease::ui

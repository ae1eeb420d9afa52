#include "ui/routines/own_routines.h"

#include "core/content/content_store.h"
#include "core/content/item_texts.h"
#include "core/content/routine_check.h"
#include "core/content/routine_sharing.h"
#include "core/settings/app_settings.h"
#include "ui/asking.h"
#include "ui/routines/routine_editor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

namespace legease::ui {
namespace {

QString filesFilter()
{
    return QCoreApplication::translate("legease::ui::OwnRoutines", "LegEase routines (*.json)");
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

// "Calf care (copy)", kept within the 120 characters a title may have.
QString copyTitle(const QString& title)
{
    const QString copy = QCoreApplication::translate("legease::ui::OwnRoutines", "%1 (copy)");
    const qsizetype room = core::kMaxTitleCharacters - (copy.size() - 2);
    return copy.arg(title.size() <= room ? title : title.left(room - 1).trimmed() + QStringLiteral("…"));
}

QStringList problemLines(const core::Problems& problems)
{
    QStringList lines;
    for (const core::Problem& problem : problems)
        lines << problem.toString();
    return lines;
}

}  // namespace

core::Routine copyOfRoutine(const core::Routine& routine)
{
    core::Routine copy = routine;
    copy.id.clear();
    copy.origin = {};
    copy.title = copyTitle(routine.title);
    return copy;
}

OwnRoutines::OwnRoutines(core::ContentStore& store, core::AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
    , m_dialogs(std::make_unique<DialogAsking>())
    , m_asking(m_dialogs.get())
{
}

OwnRoutines::~OwnRoutines() = default;

void OwnRoutines::setAsking(Asking* asking)
{
    m_asking = asking ? asking : m_dialogs.get();
}

Asking& OwnRoutines::asking() const
{
    return *m_asking;
}

RoutineEditor* OwnRoutines::editor() const
{
    return m_editor;
}

bool OwnRoutines::canSave() const
{
    return m_store.ownPack().isValid();
}

bool OwnRoutines::isOwn(const QString& routineId) const
{
    const core::Routine* routine = m_store.library().routine(routineId);
    return routine && m_store.ownPack().holds(m_store.library(), *routine);
}

RoutineEditor* OwnRoutines::open(RoutineEditor* editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &RoutineEditor::saved, this, &OwnRoutines::reloadAndShow);
    // Big enough for the list of steps beside the step, within the window it opens over.
    const QSize room = m_window ? m_window->size() : QSize(1000, 700);
    editor->resize(std::min(1000, std::max(760, room.width() - 60)), std::min(720, std::max(560, room.height() - 40)));
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

RoutineEditor* OwnRoutines::newRoutine()
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    if (!canSave())
        return nullptr;
    return open(new RoutineEditor(m_store, core::Routine(), std::nullopt, m_settings.timelineOptions(), *m_asking, m_window));
}

RoutineEditor* OwnRoutines::duplicate(const QString& routineId)
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    const core::Routine* original = m_store.library().routine(routineId);
    if (!original || !canSave())
        return nullptr;
    return open(new RoutineEditor(m_store, copyOfRoutine(*original), std::nullopt, m_settings.timelineOptions(), *m_asking, m_window));
}

RoutineEditor* OwnRoutines::edit(const QString& routineId)
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    if (!isOwn(routineId))
        return nullptr;
    // What the file holds now, not the library's copy: a translation may have changed its texts.
    core::RoutineOnDisk onDisk = m_store.ownPack().read(routineId);
    const QString file = core::routineFileName(routineId);
    if (!onDisk.exists) {
        m_asking->tell(m_window, tr("Cannot edit this routine"),
            tr("%1 is no longer in your routines folder, so there is nothing to edit.").arg(file));
        m_store.reload();
        return nullptr;
    }
    if (!onDisk.routine) {
        m_asking->tell(m_window, tr("Cannot edit this routine"),
            tr("%1 was changed outside LegEase and can no longer be read:\n%2").arg(file, problemLines(onDisk.problems).join(QLatin1Char('\n'))));
        return nullptr;
    }
    if (core::countErrors(onDisk.problems) > 0
        && !m_asking->confirm(m_window, tr("Edit a file with problems?"),
            tr("%1 was changed outside LegEase and now has problems:\n%2\n\nOpen it anyway? What LegEase could not read is "
               "left empty, and saving replaces the file.")
                .arg(file, problemLines(onDisk.problems).join(QLatin1Char('\n'))),
            tr("Open")))
        return nullptr;
    return open(new RoutineEditor(m_store, *onDisk.routine, onDisk.bytes, m_settings.timelineOptions(), *m_asking, m_window));
}

bool OwnRoutines::remove(const QString& routineId)
{
    const core::Routine* routine = m_store.library().routine(routineId);
    if (!routine || !isOwn(routineId))
        return false;
    const QString title = routine->title;
    if (!m_asking->confirm(m_window, tr("Delete this routine?"),
            tr("Delete “%1”? It goes to the trash, where you can get it back. Your history of it stays.").arg(title), tr("Delete")))
        return false;
    core::RemoveOutcome outcome = m_store.ownPack().remove(routineId);
    if (outcome.status == core::RemoveOutcome::Status::NoTrash) {
        if (!m_asking->confirm(m_window, tr("Delete for good?"),
                tr("“%1” cannot go to a trash here (%2). Delete it for good? It cannot be brought back.").arg(title, outcome.error),
                tr("Delete for good")))
            return false;
        outcome = m_store.ownPack().remove(routineId, true);
    }
    if (outcome.status == core::RemoveOutcome::Status::Failed) {
        m_asking->tell(m_window, tr("Could not delete"), tr("“%1” was not deleted: %2").arg(title, outcome.error));
        return false;
    }
    reloadAndShow(QString());
    return true;
}

bool OwnRoutines::exportRoutine(const QString& routineId)
{
    const core::Routine* routine = m_store.library().routine(routineId);
    if (!routine)
        return false;
    const core::Routine copy = *routine;
    const QString path = m_asking->fileToSave(m_window, tr("Export routine"),
        QDir(documentsFolder()).filePath(copy.id + QStringLiteral(".json")), filesFilter());
    if (path.isEmpty())
        return false;
    if (const QString error = core::exportRoutine(copy, path); !error.isEmpty()) {
        m_asking->tell(m_window, tr("Could not export"), tr("“%1” was not exported: %2").arg(copy.title, error));
        return false;
    }
    return true;
}

bool OwnRoutines::exportAll()
{
    const core::OwnPack& pack = m_store.ownPack();
    const std::vector<core::Routine> routines = pack.routines(m_store.library());
    if (routines.empty()) {
        m_asking->tell(m_window, tr("Nothing to export yet"),
            tr("You have no routines of your own yet. Make one with New routine, or duplicate one you like."));
        return false;
    }
    const QString path = m_asking->fileToSave(m_window, tr("Export all my routines"),
        QDir(documentsFolder()).filePath(QStringLiteral("my-routines.json")), filesFilter());
    if (path.isEmpty())
        return false;
    const core::PackInfo* info = m_store.library().pack(routines.front().origin.pack);
    if (const QString error = core::exportBundle(info ? *info : core::ownPackInfo(), routines, path); !error.isEmpty()) {
        m_asking->tell(m_window, tr("Could not export"), tr("Your routines were not exported: %1").arg(error));
        return false;
    }
    return true;
}

QStringList OwnRoutines::chooseAndImport()
{
    const QString path = m_asking->fileToOpen(m_window, tr("Import routine"), filesFilter());
    return path.isEmpty() ? QStringList() : importFiles({path});
}

QStringList OwnRoutines::importFiles(const QStringList& paths)
{
    if (!canSave())
        return {};
    QStringList imported;
    QStringList notes;
    for (const QString& path : paths) {
        const core::ImportCheck check = core::checkImport(path, m_store.library(), m_store.ownPack());
        if (!check.canImport()) {
            m_asking->showProblems(m_window, tr("Not imported"),
                tr("%1 was not imported, and nothing was changed. Each line names the place in the file and what was "
                   "expected there.")
                    .arg(QDir::toNativeSeparators(path)),
                check.problems);
            continue;
        }
        const core::ImportResult result = core::importRoutines(check, m_store.ownPack());
        if (!result.error.isEmpty()) {
            m_asking->tell(m_window, tr("Could not import"), tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), result.error));
            continue;
        }
        imported << result.ids;
        for (const core::RenamedRoutine& renamed : check.renamed)
            notes << tr("A routine with the id “%1” was already there, so the imported one is “%2”.").arg(renamed.from, renamed.to);
        if (const int warnings = core::countWarnings(check.problems); warnings > 0)
            notes << tr("%1: %n warning(s), left out:", nullptr, warnings).arg(check.file) + QLatin1Char('\n')
                    + problemLines(check.problems).join(QLatin1Char('\n'));
    }
    if (imported.isEmpty())
        return imported;
    reloadAndShow(imported.front());
    if (const core::PackReport* report = m_store.ownPackReport(); report && !report->loaded)
        notes << tr("Your routines folder has a problem, so your routines show once it is fixed:") + QLatin1Char('\n')
                + problemLines(report->problems).join(QLatin1Char('\n'));
    if (!notes.isEmpty())
        m_asking->tell(m_window, tr("Imported"), notes.join(QStringLiteral("\n\n")));
    return imported;
}

void OwnRoutines::reloadAndShow(const QString& routineId)
{
    m_store.reload();
    Q_EMIT changed(routineId);
}

}  // namespace legease::ui

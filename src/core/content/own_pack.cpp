#include "core/content/own_pack.h"

#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/pack_file.h"
#include "core/content/routine_check.h"
#include "core/content/routine_id.h"
#include "core/content/routine_json.h"
#include "core/files/save_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace legease::core {
namespace {

struct OwnPackWords {
    Q_DECLARE_TR_FUNCTIONS(legease::core::OwnPack)
};

// Staging folders are hidden (a leading dot), so the loader, which lists packs without hidden
// folders, never meets one, even when a stop half way leaves it behind.
QString stagingPrefix(const QString& packName)
{
    return QStringLiteral(".%1.import-").arg(packName);
}

// The same folder however it is spelled; a link to it counts as it.
QString samePlace(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

bool removeTree(const QString& path)
{
    return QDir(path).removeRecursively();
}

// Copies the regular files and folders under `from` into `to` (which exists); symbolic links are
// made again, pointing where they pointed. Anything else is left out: the loader would refuse it.
QString copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(info.filePath()));
        bool ok = true;
        if (info.isSymLink())
            ok = QFile::link(info.symLinkTarget(), target);
        else if (info.isDir())
            ok = QDir().mkpath(target);
        else if (info.isFile())
            ok = QFile::copy(info.filePath(), target);
        if (!ok)
            return OwnPackWords::tr("could not copy %1 to %2").arg(info.filePath(), target);
    }
    return {};
}

}  // namespace

QString ownPackFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("packs/my-routines"));
}

PackInfo ownPackInfo()
{
    PackInfo info;
    info.format = 1;
    info.id = QStringLiteral("my-routines");
    info.title = QStringLiteral("My routines");
    info.locale = QStringLiteral("en");
    info.version = QStringLiteral("1.0.0");
    return info;
}

OwnPack::OwnPack(QString folder)
    : m_folder(folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
{
}

QString OwnPack::filePath(const QString& relative) const
{
    return QDir(m_folder).filePath(relative);
}

bool OwnPack::isFolder(const QString& path) const
{
    return isValid() && !path.isEmpty() && !path.startsWith(QLatin1Char(':')) && samePlace(path) == samePlace(m_folder);
}

bool OwnPack::holds(const ContentLibrary& library, const Routine& routine) const
{
    const PackInfo* pack = library.pack(routine.origin.pack);
    return pack && isFolder(pack->root);
}

std::vector<Routine> OwnPack::routines(const ContentLibrary& library) const
{
    std::vector<Routine> own;
    for (const Routine& routine : library.routines())
        if (holds(library, routine))
            own.push_back(routine);
    return own;
}

QStringList OwnPack::fileIds() const
{
    QStringList ids;
    if (!isValid())
        return ids;
    const QDir routines(filePath(QStringLiteral("routines")));
    for (const QString& name : routines.entryList({QStringLiteral("*.json")}, QDir::AllEntries | QDir::Hidden | QDir::System))
        ids << QFileInfo(name).completeBaseName();
    return ids;
}

bool OwnPack::isTaken(const QString& id, const ContentLibrary& library) const
{
    return library.routine(id) != nullptr || fileIds().contains(id);
}

QString OwnPack::newId(const QString& title, const ContentLibrary& library) const
{
    const QStringList files = fileIds();
    return uniqueId(idFromTitle(title),
        [&](const QString& id) { return library.routine(id) != nullptr || files.contains(id); });
}

RoutineOnDisk OwnPack::read(const QString& id) const
{
    RoutineOnDisk onDisk;
    const QString path = filePath(routineFileName(id));
    if (!isValid() || (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()))
        return onDisk;
    onDisk.exists = true;
    ProblemSink sink(onDisk.problems, routineFileName(id));
    if (const QString kind = nonRegularFileKind(path); !kind.isEmpty()) {
        sink.error(QString(), QStringLiteral("expected a regular file, found %1").arg(kind));
        return onDisk;
    }
    // The bytes as they are now, to tell whether someone changed the file since it was opened;
    // read like every pack file, so a pipe swapped in after the check above cannot block.
    QString unreadable;
    if (auto bytes = readRegularFile(path, kMaxFileBytes + 1, QString(), Links::Follow, unreadable))
        onDisk.bytes = std::move(*bytes);
    if (const auto document = readJsonFile(path, sink))
        onDisk.routine = readRoutine(*document, sink, ReadMode::Pack);
    return onDisk;
}

QString OwnPack::ensurePackFile() const
{
    if (!isValid())
        return OwnPackWords::tr("there is no folder for your own routines");
    const QString path = filePath(QStringLiteral("pack.json"));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return {};  // theirs, as it is: a hand-made pack.json is never replaced
    if (!QDir().mkpath(m_folder))
        return OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(m_folder));
    return saveFile(path, packFileBytes(ownPackInfo()));
}

SaveOutcome OwnPack::save(const Routine& routine, const ContentLibrary& library, const QString& replacing,
    const std::optional<QByteArray>& expected, bool replaceChanged) const
{
    SaveOutcome outcome;
    if (!isValid()) {
        outcome.error = OwnPackWords::tr("there is no folder for your own routines");
        return outcome;
    }
    outcome.problems = checkRoutine(routine, library, replacing, routineFileName(routine.id));
    if (countErrors(outcome.problems) > 0) {
        outcome.status = SaveOutcome::Status::Invalid;
        return outcome;
    }
    outcome.problems.clear();
    const RoutineOnDisk now = read(routine.id);
    const bool unchanged = expected ? now.exists && now.bytes == *expected : !now.exists;
    if (!unchanged && !replaceChanged) {
        outcome.status = SaveOutcome::Status::ChangedOnDisk;
        outcome.problems = now.problems;
        return outcome;
    }
    if (const QString error = ensurePackFile(); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    if (!QDir().mkpath(filePath(QStringLiteral("routines")))) {
        outcome.error = OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(filePath(QStringLiteral("routines"))));
        return outcome;
    }
    outcome.error = saveFile(filePath(routineFileName(routine.id)), routineFileBytes(routine));
    outcome.status = outcome.error.isEmpty() ? SaveOutcome::Status::Saved : SaveOutcome::Status::Failed;
    return outcome;
}

RemoveOutcome OwnPack::remove(const QString& id, bool forGood) const
{
    RemoveOutcome outcome;
    const QString path = filePath(routineFileName(id));
    if (!isValid() || !QFileInfo(path).isFile()) {
        outcome.error = OwnPackWords::tr("there is no file %1 to remove").arg(QDir::toNativeSeparators(path));
        return outcome;
    }
    QFile file(path);
    if (file.moveToTrash()) {
        outcome.status = RemoveOutcome::Status::Trashed;
        return outcome;
    }
    if (!forGood) {
        outcome.status = RemoveOutcome::Status::NoTrash;
        outcome.error = file.errorString();
        return outcome;
    }
    if (file.remove()) {
        outcome.status = RemoveOutcome::Status::Deleted;
        return outcome;
    }
    outcome.error = OwnPackWords::tr("could not remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return outcome;
}

QString OwnPack::add(const std::vector<Routine>& routines, const WriteStep& step) const
{
    if (!isValid())
        return OwnPackWords::tr("there is no folder for your own routines");
    const auto done = [&step](const QString& what) {
        if (step)
            step(what);
    };
    // Work where the folder really is, so the swap happens beside it even when it is a link.
    const QFileInfo info(m_folder);
    const bool exists = info.exists();
    const QString folder = exists ? info.canonicalFilePath() : m_folder;
    const QFileInfo place(folder);
    const QString parent = place.absolutePath();
    const QString name = place.fileName();
    if (!QDir().mkpath(parent))
        return OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(parent));

    // What an import stopped half way left behind.
    const QString prefix = stagingPrefix(name);
    for (const QString& stale : QDir(parent).entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        removeTree(QDir(parent).filePath(stale));

    const QString staging = QDir(parent).filePath(prefix + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!QDir().mkpath(staging))
        return OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(staging));
    done(QStringLiteral("made %1").arg(QFileInfo(staging).fileName()));
    const auto fail = [&](const QString& error) {
        removeTree(staging);
        return error;
    };
    if (exists) {
        if (const QString error = copyTree(folder, staging); !error.isEmpty())
            return fail(error);
        done(QStringLiteral("copied the pack"));
    }
    const QDir stage(staging);
    if (!QFileInfo::exists(stage.filePath(QStringLiteral("pack.json")))) {
        if (const QString error = saveFile(stage.filePath(QStringLiteral("pack.json")), packFileBytes(ownPackInfo())); !error.isEmpty())
            return fail(error);
        done(QStringLiteral("wrote pack.json"));
    }
    if (!stage.mkpath(QStringLiteral("routines")))
        return fail(OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(stage.filePath(QStringLiteral("routines")))));
    for (const Routine& routine : routines) {
        if (const QString error = saveFile(stage.filePath(routineFileName(routine.id)), routineFileBytes(routine)); !error.isEmpty())
            return fail(error);
        done(QStringLiteral("wrote %1").arg(routineFileName(routine.id)));
    }

    const QByteArray from = QFile::encodeName(staging);
    const QByteArray to = QFile::encodeName(folder);
    if (!exists) {
        if (::rename(from.constData(), to.constData()) != 0)
            return fail(OwnPackWords::tr("could not move %1 into place: %2").arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno))));
        done(QStringLiteral("moved the new pack into place"));
        return {};
    }
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0) {
        done(QStringLiteral("swapped the folders"));
        removeTree(staging);  // the old pack, now under the staging name
        done(QStringLiteral("removed the old copy"));
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return fail(OwnPackWords::tr("could not put %1 in place: %2").arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno))));
    // A file system that cannot swap folders: each file is still whole (saveFile), but a stop
    // between two of them leaves the routines written so far.
    removeTree(staging);
    if (!QDir().mkpath(QDir(folder).filePath(QStringLiteral("routines"))))
        return OwnPackWords::tr("could not make the folder %1").arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("routines"))));
    for (const Routine& routine : routines) {
        if (const QString error = saveFile(QDir(folder).filePath(routineFileName(routine.id)), routineFileBytes(routine)); !error.isEmpty())
            return error;
        done(QStringLiteral("wrote %1").arg(routineFileName(routine.id)));
    }
    return {};
}

}  // namespace legease::core

#pragma once

#include "core/content/content_library.h"
#include "core/content/model.h"
#include "core/content/problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// The person's own routines: a content pack like any other (docs/content-format.md), kept in
// <app data>/packs/my-routines/, one routines/<id>.json per routine, made on the first save.
// Everything written here goes through saveFile(), and only after the loader's own checks found
// no error; nothing is overwritten that changed on disk since it was read without asking first.
namespace legease::core {

// <app data>/packs/my-routines, where LegEase keeps the routines people make and import.
QString ownPackFolder();

// What pack.json says for a pack LegEase makes. Its locale is "en" because a pack in any other
// language is a translation pack; the routines in it may be in any language.
PackInfo ownPackInfo();

// Called after each change on disk an import makes (a folder made, a file written, the folders
// swapped), for the tests that stop an import half way.
using WriteStep = std::function<void(const QString& done)>;

// A routine as its file holds it now.
struct RoutineOnDisk {
    bool exists = false;
    QByteArray bytes;  // what the file held when read, to notice later changes
    std::optional<Routine> routine;  // as the loader reads it, when the file is valid JSON
    Problems problems;  // the loader's, "" when the file is fine
};

struct SaveOutcome {
    enum class Status {
        Saved,
        Invalid,        // the loader's checks found an error: `problems` lists them all; nothing written
        ChangedOnDisk,  // the file is not what it was when the routine was opened: ask, then save again
        Failed,         // could not write: `error` says why
    };
    Status status = Status::Failed;
    Problems problems;  // Invalid: the routine's; ChangedOnDisk: the file's as it is now (if any)
    QString error;
};

struct RemoveOutcome {
    enum class Status {
        Trashed,     // in the desktop's trash, where people can get it back
        NoTrash,     // this folder has no trash to move it to: ask, then remove for good
        Deleted,     // gone for good, as asked
        Failed,      // `error` says why
    };
    Status status = Status::Failed;
    QString error;
};

class OwnPack {
public:
    // An empty `folder` is no pack: nothing can be saved (screenshots, views that only show).
    explicit OwnPack(QString folder = QString());

    bool isValid() const { return !m_folder.isEmpty(); }
    const QString& folder() const { return m_folder; }
    QString filePath(const QString& relative) const;  // inside the folder

    // Whether `path` names this pack's folder, however it is spelled (a link to it counts).
    bool isFolder(const QString& path) const;
    // Whether `routine` was loaded from this pack.
    bool holds(const ContentLibrary& library, const Routine& routine) const;
    // The routines of `library` loaded from this pack, in load order.
    std::vector<Routine> routines(const ContentLibrary& library) const;

    // Whether `id` is used by a routine of any loaded pack or by a file of this pack (even one
    // that did not load), so a new routine never takes the place of another.
    bool isTaken(const QString& id, const ContentLibrary& library) const;
    // A free id read from `title` (idFromTitle, uniqueId).
    QString newId(const QString& title, const ContentLibrary& library) const;

    RoutineOnDisk read(const QString& id) const;

    // Writes `routine` to routines/<id>.json when the loader's checks find no error in it.
    // `replacing` is "" for a new routine or its own id when it replaces the routine of that id;
    // `expected` is what the file held when the routine was opened (nullopt: there was no file).
    // A file that is no longer that is only replaced when `replaceChanged` says so.
    SaveOutcome save(const Routine& routine, const ContentLibrary& library, const QString& replacing,
        const std::optional<QByteArray>& expected, bool replaceChanged = false) const;

    // Moves routines/<id>.json to the desktop's trash; with `forGood`, removes it when there is
    // no trash.
    RemoveOutcome remove(const QString& id, bool forGood = false) const;

    // Adds `routines` (checked: ids free, no errors) in one step: all of them are in the pack or
    // none is, whenever the program stops. The pack is built afresh next to the old one and the
    // two folders are swapped in one rename (renameat2 RENAME_EXCHANGE) where the file system
    // can; where it cannot, the files are written one by one. Returns "" or what went wrong.
    QString add(const std::vector<Routine>& routines, const WriteStep& step = {}) const;

    // Writes pack.json when there is none; "" or what went wrong.
    QString ensurePackFile() const;

private:
    QStringList fileIds() const;

    QString m_folder;
};

}  // namespace legease::core

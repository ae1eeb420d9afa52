#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace legease::core {

// Every file LegEase writes (exports, screenshots, copies of a damaged history, and later routines
// and systemd units) goes through saveFile(). It guarantees:
// - A target that exists and is not a regular file (a folder, a named pipe, a socket, a device, or
//   a link to one of those or to nothing) is refused before anything is opened: a device node or
//   a pipe is never replaced, written into or waited on. A link to a regular file writes that file.
// - The bytes go through QSaveFile: the target changes only once everything was written and
//   flushed, so a failure (a full disk, no permission) leaves the old file as it was and no half
//   file behind.
// - The answer is "" on success, otherwise one line for people: "could not write PATH: REASON",
//   the reason in plain words ("the disk is full", "permission denied").
QString saveFile(const QString& path, const QByteArray& bytes);

// The same for content too big to build in memory first: `write` puts the bytes into the device
// and returns false when it could not (a source that failed to read, say; `problem` then says why).
QString saveFile(const QString& path, const std::function<bool(QIODevice& device, QString& problem)>& write);

// Writes all of `bytes`, in as many calls as the system needs, so that a write cut short (a disk
// that fills up) ends in an error the device can name. For the functions given to saveFile().
bool writeAll(QIODevice& device, const QByteArray& bytes);

// What `path` is when it exists and is not a regular file, in words for people ("a folder", "a
// named pipe (FIFO)", "a link that leads nowhere"); "" when it does not exist or is a regular file
// or a link to one. Only looks (lstat/stat), never opens, so it cannot block.
QString nonRegularFileKind(const QString& path);

}  // namespace legease::core

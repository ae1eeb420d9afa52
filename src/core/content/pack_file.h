#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// Reading files and folders of a pack, which anyone may have made: only regular files are ever
// opened, never a named pipe, socket or device (opening one could block for ever), and what
// stands in the way is said in words ("expected a regular file, found a named pipe (FIFO)").
// Paths starting with ':' are Qt resources (the built-in pack), which hold only plain files.
namespace legease::core {

// What a name in a folder is, as lstat sees it: a symbolic link is not followed.
enum class EntryType { Missing, File, Folder, Link, NamedPipe, Socket, Device, Unknown };

// "a regular file", "a folder", "a named pipe (FIFO)", "a socket", "a device", ...
QString describeEntryType(EntryType type);

// The entry at `path` itself (not what a link leads to). `problem` gets the reason when the
// entry cannot even be looked at (a folder on the way that may not be searched), and the type
// is then Unknown.
EntryType entryTypeOf(const QString& path, QString* problem = nullptr);

// Follows the symbolic link at `path` to its end. Returns the type of what it finally names, or
// sets `problem` ("found a symbolic link that leads nowhere", "... round in a loop") and returns
// Missing or Unknown.
EntryType linkTargetTypeOf(const QString& path, QString& problem);

struct FolderEntry {
    QString name;
    EntryType type = EntryType::Unknown;  // of the entry itself, as the listing gives it
};

// Every entry of the folder at `path` but "." and "..", in name order (case-sensitive). Returns
// nothing and sets `problem` ("expected a readable folder, found permission denied") when the
// folder cannot be listed.
std::optional<std::vector<FolderEntry>> listFolder(const QString& path, QString& problem);

enum class Links { Follow, Refuse };

// The bytes of the regular file at `path`, at most `maxBytes` of them. The file is opened
// without waiting (O_NONBLOCK) and, with Links::Refuse, without following a link in its last
// part (O_NOFOLLOW); only then is the open file itself checked to be a regular file, so a name
// swapped for a pipe between a check and the open still cannot block. Sets `problem` to an
// "expected ..., found ..." sentence and returns nothing otherwise; a file over `maxBytes` says
// "expected a file of at most <what>, found N bytes" with `sizeWords` as <what>.
std::optional<QByteArray> readRegularFile(const QString& path, qint64 maxBytes, const QString& sizeWords,
    Links links, QString& problem);

}  // namespace legease::core

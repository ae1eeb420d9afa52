#include "core/content/pack_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace legease::core {
namespace {

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':'));
}

EntryType typeOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return EntryType::File;
    if (S_ISDIR(mode))
        return EntryType::Folder;
    if (S_ISLNK(mode))
        return EntryType::Link;
    if (S_ISFIFO(mode))
        return EntryType::NamedPipe;
    if (S_ISSOCK(mode))
        return EntryType::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return EntryType::Device;
    return EntryType::Unknown;
}

EntryType typeOfDirEnt(unsigned char type)
{
    switch (type) {
    case DT_REG:
        return EntryType::File;
    case DT_DIR:
        return EntryType::Folder;
    case DT_LNK:
        return EntryType::Link;
    case DT_FIFO:
        return EntryType::NamedPipe;
    case DT_SOCK:
        return EntryType::Socket;
    case DT_CHR:
    case DT_BLK:
        return EntryType::Device;
    default:
        return EntryType::Unknown;
    }
}

// "permission denied", "input/output error": the system's words for errno, as the end of a
// sentence.
QString errnoWords(int error)
{
    QString words = qt_error_string(error);
    if (!words.isEmpty())
        words[0] = words[0].toLower();
    return words;
}

QString expectedFile(EntryType found)
{
    if (found == EntryType::Folder)
        return QStringLiteral("expected a file, found a folder");
    return QStringLiteral("expected a regular file, found %1").arg(describeEntryType(found));
}

QByteArray encodedPath(const QString& path)
{
    return QFile::encodeName(path);
}

class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::optional<QByteArray> tooBig(qint64 size, const QString& sizeWords, QString& problem)
{
    problem = size >= 0 ? QStringLiteral("expected a file of at most %1, found %2 bytes").arg(sizeWords).arg(size)
                        : QStringLiteral("expected a file of at most %1, found more").arg(sizeWords);
    return std::nullopt;
}

std::optional<QByteArray> readResource(const QString& path, qint64 maxBytes, const QString& sizeWords, QString& problem)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        problem = expectedFile(EntryType::Folder);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("expected a readable file, found %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes)
        return tooBig(file.size(), sizeWords, problem);
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooBig(-1, sizeWords, problem);
    return bytes;
}

}  // namespace

QString describeEntryType(EntryType type)
{
    switch (type) {
    case EntryType::Missing:
        return QStringLiteral("nothing");
    case EntryType::File:
        return QStringLiteral("a regular file");
    case EntryType::Folder:
        return QStringLiteral("a folder");
    case EntryType::Link:
        return QStringLiteral("a symbolic link");
    case EntryType::NamedPipe:
        return QStringLiteral("a named pipe (FIFO)");
    case EntryType::Socket:
        return QStringLiteral("a socket");
    case EntryType::Device:
        return QStringLiteral("a device");
    case EntryType::Unknown:
        break;
    }
    return QStringLiteral("something that is neither a file nor a folder");
}

EntryType entryTypeOf(const QString& path, QString* problem)
{
    if (isResource(path)) {
        const QFileInfo info(path);
        return info.isDir() ? EntryType::Folder : info.exists() ? EntryType::File : EntryType::Missing;
    }
    struct stat status {};
    if (::lstat(encodedPath(path).constData(), &status) == 0)
        return typeOfMode(status.st_mode);
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR)
        return EntryType::Missing;
    if (problem)
        *problem = errnoWords(error);
    return EntryType::Unknown;
}

EntryType linkTargetTypeOf(const QString& path, QString& problem)
{
    if (isResource(path))
        return entryTypeOf(path);
    struct stat status {};
    if (::stat(encodedPath(path).constData(), &status) == 0)
        return typeOfMode(status.st_mode);
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
        problem = QStringLiteral("a symbolic link that leads nowhere");
        return EntryType::Missing;
    }
    problem = error == ELOOP ? QStringLiteral("a symbolic link that leads round in a loop") : errnoWords(error);
    return EntryType::Unknown;
}

std::optional<std::vector<FolderEntry>> listFolder(const QString& path, QString& problem)
{
    std::vector<FolderEntry> entries;
    if (isResource(path)) {
        const QDir folder(path);
        if (!folder.exists()) {
            problem = QStringLiteral("expected a folder, found nothing");
            return std::nullopt;
        }
        for (const QFileInfo& info : folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            entries.push_back({info.fileName(), info.isDir() ? EntryType::Folder : EntryType::File});
    } else {
        DIR* folder = ::opendir(encodedPath(path).constData());
        if (!folder) {
            const int error = errno;
            if (error == ENOTDIR) {
                QString ignored;
                problem = QStringLiteral("expected a folder, found %1").arg(describeEntryType(linkTargetTypeOf(path, ignored)));
            } else {
                problem = QStringLiteral("expected a readable folder, found %1").arg(errnoWords(error));
            }
            return std::nullopt;
        }
        const QString prefix = path + QLatin1Char('/');
        while (const dirent* entry = ::readdir(folder)) {
            const char* name = entry->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            FolderEntry item{QFile::decodeName(name), typeOfDirEnt(entry->d_type)};
            if (item.type == EntryType::Unknown)  // file systems that do not say in the listing
                item.type = entryTypeOf(prefix + item.name);
            entries.push_back(std::move(item));
        }
        ::closedir(folder);
    }
    std::sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
    return entries;
}

std::optional<QByteArray> readRegularFile(const QString& path, qint64 maxBytes, const QString& sizeWords,
    Links links, QString& problem)
{
    if (isResource(path))
        return readResource(path, maxBytes, sizeWords, problem);

    // Look first, so nothing but a regular file is ever opened: opening a device can have effects
    // of its own, and a named pipe opened without O_NONBLOCK waits for a writer for ever.
    const QByteArray name = encodedPath(path);
    struct stat status {};
    if ((links == Links::Follow ? ::stat(name.constData(), &status) : ::lstat(name.constData(), &status)) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            problem = links == Links::Follow && entryTypeOf(path) == EntryType::Link
                ? QStringLiteral("expected a file, found a symbolic link that leads nowhere")
                : QStringLiteral("expected a file, found nothing");
        else if (error == ELOOP)
            problem = QStringLiteral("expected a file, found a symbolic link that leads round in a loop");
        else
            problem = QStringLiteral("expected a readable file, found %1").arg(errnoWords(error));
        return std::nullopt;
    }
    if (!S_ISREG(status.st_mode)) {
        problem = expectedFile(typeOfMode(status.st_mode));
        return std::nullopt;
    }

    const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (links == Links::Refuse ? O_NOFOLLOW : 0);
    const Descriptor file(::open(name.constData(), flags));
    if (file.get() < 0) {
        const int error = errno;
        problem = error == ELOOP ? expectedFile(EntryType::Link)
                                 : QStringLiteral("expected a readable file, found %1").arg(errnoWords(error));
        return std::nullopt;
    }
    // The name may have been swapped since it was looked at: what counts is what was opened.
    if (::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
        problem = expectedFile(typeOfMode(status.st_mode));
        return std::nullopt;
    }
    if (status.st_size > maxBytes)
        return tooBig(status.st_size, sizeWords, problem);

    // One byte past the limit, so a file that grows (or lies about its size) is still caught.
    QByteArray bytes(qsizetype(std::min<qint64>(status.st_size, maxBytes) + 1), Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > maxBytes)
                return tooBig(-1, sizeWords, problem);
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, qsizetype(maxBytes) + 1));
        }
        const ssize_t got = ::read(file.get(), bytes.data() + filled, std::size_t(bytes.size() - filled));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            problem = QStringLiteral("expected a readable file, found %1").arg(errnoWords(errno));
            return std::nullopt;
        }
        if (got == 0)
            break;
        filled += got;
    }
    bytes.truncate(filled);
    return bytes;
}

}  // namespace legease::core

#include "core/files/save_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>

namespace legease::core {
namespace {

// The words below are translated in this context.
struct SaveFile {
    Q_DECLARE_TR_FUNCTIONS(legease::core::SaveFile)
};

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return SaveFile::tr("a folder");
    if (S_ISFIFO(mode))
        return SaveFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return SaveFile::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return SaveFile::tr("a device");
    return SaveFile::tr("something other than a file");
}

// Qt words a failed system call with strerror(); the common ones get plainer words.
QString reasonFor(const QFileDevice& file)
{
    struct Known {
        int code;
        const char* words;
    };
    static const Known known[] = {
        {ENOSPC, QT_TRANSLATE_NOOP("legease::core::SaveFile", "the disk is full")},
        {EDQUOT, QT_TRANSLATE_NOOP("legease::core::SaveFile", "your disk quota is used up")},
        {EROFS, QT_TRANSLATE_NOOP("legease::core::SaveFile", "the disk is read-only")},
        {EACCES, QT_TRANSLATE_NOOP("legease::core::SaveFile", "permission denied")},
        {EPERM, QT_TRANSLATE_NOOP("legease::core::SaveFile", "permission denied")},
        {EFBIG, QT_TRANSLATE_NOOP("legease::core::SaveFile", "the file would be bigger than this system allows")},
    };
    const QString text = file.errorString();
    for (const Known& k : known)
        if (text == qt_error_string(k.code))
            return SaveFile::tr(k.words);
    return text;
}

QString failure(const QString& path, const QString& reason)
{
    return SaveFile::tr("could not write %1: %2").arg(path, reason);
}

}  // namespace

QString nonRegularFileKind(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat link {};
    if (::lstat(name.constData(), &link) != 0)
        return {};  // not there (or not ours to see): writing will say what is wrong
    if (S_ISREG(link.st_mode))
        return {};
    if (!S_ISLNK(link.st_mode))
        return kindOf(link.st_mode);
    struct stat target {};
    if (::stat(name.constData(), &target) != 0)
        return errno == ELOOP ? SaveFile::tr("a link that loops back on itself") : SaveFile::tr("a link that leads nowhere");
    return S_ISREG(target.st_mode) ? QString() : kindOf(target.st_mode);
}

bool writeAll(QIODevice& device, const QByteArray& bytes)
{
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

QString saveFile(const QString& path, const std::function<bool(QIODevice&, QString&)>& write)
{
    if (const QString kind = nonRegularFileKind(path); !kind.isEmpty())
        return failure(path, SaveFile::tr("it is %1, not a regular file, so LegEase leaves it alone").arg(kind));
    QSaveFile file(path);
    // Unbuffered: a failed write fails in write(), where the system's reason is still known.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, reasonFor(file));
    QString problem;
    if (!write(file, problem)) {
        const QString reason = problem.isEmpty() ? reasonFor(file) : problem;
        file.cancelWriting();  // words its own error, so the reason is taken first
        return failure(path, reason);
    }
    if (!file.commit())
        return failure(path, reasonFor(file));
    return {};
}

QString saveFile(const QString& path, const QByteArray& bytes)
{
    return saveFile(path, [&bytes](QIODevice& device, QString&) { return writeAll(device, bytes); });
}

}  // namespace legease::core

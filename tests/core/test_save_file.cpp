#include "core/files/save_file.h"
#include "core/history/csv_export.h"
#include "support/as_user.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace legease::core;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

mode_t fileType(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

bool makeSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || std::size_t(name.size()) >= sizeof address.sun_path)
        return false;
    std::copy(name.begin(), name.end(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

// `history_writer --save FILE BYTES` as an ordinary user (nobody, when the tests run as root),
// optionally with no file allowed to grow past `fileSizeLimit` bytes. Its output, and whether it
// said "saved".
std::pair<bool, QString> saveAsUser(const QString& path, int bytes, qint64 fileSizeLimit = -1)
{
    QProcess child;
    runAsUser(child, fileSizeLimit);
    child.start(QStringLiteral(LEGEASE_HISTORY_WRITER), {QStringLiteral("--save"), path, QString::number(bytes)});
    REQUIRE(child.waitForFinished(60'000));
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError()).trimmed();
    return {child.exitCode() == 0 && output == QLatin1String("saved"), output};
}

}  // namespace

TEST_CASE("saveFile writes a new file, replaces a regular one whole, and writes through a link to one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    CHECK(saveFile(path, QByteArray("first")).isEmpty());
    CHECK(contents(path) == "first");
    CHECK(saveFile(path, QByteArray("second, longer")).isEmpty());
    CHECK(contents(path) == "second, longer");

    const QString link = dir.filePath(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(path, link));
    CHECK(nonRegularFileKind(link).isEmpty());
    CHECK(saveFile(link, QByteArray("through the link")).isEmpty());
    CHECK(fileType(link) == S_IFLNK);  // the link stays a link
    CHECK(contents(path) == "through the link");

    // Streamed content that fails half way leaves the old file as it was.
    const QString error = saveFile(path, [](QIODevice& device, QString& problem) {
        device.write("half");
        problem = QStringLiteral("the source ran dry");
        return false;
    });
    CHECK(error == QStringLiteral("could not write %1: the source ran dry").arg(path));
    CHECK(contents(path) == "through the link");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);  // no temporary file left
}

TEST_CASE("saveFile refuses what is not a regular file, without opening it or changing it")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target"));
    QString path = target;
    QString kind;
    mode_t type = 0;
    SECTION("a named pipe: opening it to write would wait for a reader for ever")
    {
        REQUIRE(::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        kind = QStringLiteral("a named pipe (FIFO)");
        type = S_IFIFO;
    }
    SECTION("a socket")
    {
        REQUIRE(makeSocket(target));
        kind = QStringLiteral("a socket");
        type = S_IFSOCK;
    }
    SECTION("a folder")
    {
        REQUIRE(QDir().mkdir(target));
        kind = QStringLiteral("a folder");
        type = S_IFDIR;
    }
    SECTION("a link to a named pipe")
    {
        REQUIRE(::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        path = dir.filePath(QStringLiteral("link"));
        REQUIRE(QFile::link(target, path));
        kind = QStringLiteral("a named pipe (FIFO)");
        type = S_IFLNK;
    }
    SECTION("a link to a folder")
    {
        REQUIRE(QDir().mkdir(target));
        path = dir.filePath(QStringLiteral("link"));
        REQUIRE(QFile::link(target, path));
        kind = QStringLiteral("a folder");
        type = S_IFLNK;
    }
    SECTION("a link that leads nowhere: writing would create a file wherever it points")
    {
        path = dir.filePath(QStringLiteral("link"));
        REQUIRE(QFile::link(target, path));
        kind = QStringLiteral("a link that leads nowhere");
        type = S_IFLNK;
    }
    SECTION("a link that loops back on itself")
    {
        REQUIRE(QFile::link(target, target));
        kind = QStringLiteral("a link that loops back on itself");
        type = S_IFLNK;
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    CHECK(nonRegularFileKind(path) == kind);
    const QString error = saveFile(path, QByteArray("never written"));
    CHECK(error == QStringLiteral("could not write %1: it is %2, not a regular file, so LegEase leaves it alone").arg(path, kind));
    CHECK(fileType(path) == type);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System) == before);
    // The history export is one of the writers that go through it.
    CHECK(writeHistoryCsv(path, {}) == error);
}

TEST_CASE("saveFile refuses a device, and never replaces it")
{
    // Run as an ordinary user, so that even a broken check could not replace /dev/full.
    CHECK(nonRegularFileKind(QStringLiteral("/dev/full")) == QStringLiteral("a device"));
    const auto [saved, output] = saveAsUser(QStringLiteral("/dev/full"), 10);
    CHECK_FALSE(saved);
    CHECK(output == QStringLiteral("could not write /dev/full: it is a device, not a regular file, so LegEase leaves it alone"));
    CHECK(fileType(QStringLiteral("/dev/full")) == S_IFCHR);
}

TEST_CASE("saveFile says plainly when a write fails, and leaves the old file whole")
{
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(writeFile(path, "the old export"));
    REQUIRE(handToUser(dir.path()));

    SECTION("no room for the file (a file-size limit; a full disk fails the same way)")
    {
        const auto [saved, output] = saveAsUser(path, 100'000, 4096);
        CHECK_FALSE(saved);
        CHECK(output == QStringLiteral("could not write %1: the file would be bigger than this system allows").arg(path));
    }
    SECTION("a folder the person may not write in")
    {
        const Permissions readOnly(dir.path(), 0555);
        REQUIRE(readOnly.ok());
        const auto [saved, output] = saveAsUser(path, 100, -1);
        CHECK_FALSE(saved);
        CHECK(output.startsWith(QStringLiteral("could not write %1: ").arg(path)));
        CHECK(output.contains(QStringLiteral("permission denied"), Qt::CaseInsensitive));
    }
    CHECK(contents(path) == "the old export");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("export.csv")});
}

TEST_CASE("saveFile names why a write failed: no such folder, or a disk that is really full (an extra where root may mount)")
{
    QTemporaryDir dir;
    const bool mounted = runningAsRoot()
        && QProcess::execute(QStringLiteral("mount"),
               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                   QStringLiteral("tmpfs"), dir.path()})
            == 0;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    if (mounted) {
        REQUIRE(writeFile(path, "the old export"));
        CHECK(saveFile(path, QByteArray(200'000, 'x')) == QStringLiteral("could not write %1: the disk is full").arg(path));
        CHECK(contents(path) == "the old export");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("export.csv")});
        QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    CHECK(saveFile(QStringLiteral("/proc/legease/no/out.csv"), QByteArray("x"))
        == QStringLiteral("could not write /proc/legease/no/out.csv: No such file or directory"));
}

// What a pack holds besides regular files: named pipes, sockets, links that lead nowhere or round
// in a loop, folders named like files, entries nobody may read. Each is made here at run time
// (never committed) and must be reported by name; nothing may wait on a pipe.
#include "core/content/content_loader.h"
#include "core/content/content_text.h"
#include "support/scratch_pack.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <chrono>
#include <cstring>
#include <functional>
#include <future>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace legease::core;

namespace {

QStringList describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines;
}

void makeFifo(const QString& path)
{
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
}

void makeSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    REQUIRE(std::size_t(name.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);  // the socket file stays behind, which is all a pack could hold
    REQUIRE(bound);
}

void makeLink(const QString& target, const QString& path)
{
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0);
}

// Runs `load` on a thread of its own. Should it wait on a pipe, the test fails instead of hanging:
// it opens every pipe in `pipes` for writing now and then, which lets a reader blocked in open()
// go on, and leaves a thread that still waits behind (the process ends it).
LoadedContent loadWithoutHanging(std::function<LoadedContent()> load, const QStringList& pipes)
{
    auto task = std::make_shared<std::packaged_task<LoadedContent()>>(std::move(load));
    std::future<LoadedContent> result = task->get_future();
    std::thread([task] { (*task)(); }).detach();
    if (result.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        for (int round = 0; round < 100 && result.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready; ++round) {
            for (const QString& pipe : pipes) {
                const int fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
            }
        }
        FAIL("loading waited on a named pipe");
    }
    return result.get();
}

// Loads the given folders on top of the small pack, failing rather than hanging.
LoadedContent loadWithoutHanging(const QStringList& folders, const QStringList& pipes)
{
    return loadWithoutHanging([folders] { return loadContent({false, QStringList{smallPack()} + folders}); }, pipes);
}

}  // namespace

TEST_CASE("a named pipe in place of any file of a pack is reported by name and never waited on")
{
    ScratchPack pack;
    pack.mkpath(QStringLiteral("benefits"));
    pack.mkpath(QStringLiteral("routines"));
    QStringList pipes;
    for (const QString& name : {QStringLiteral("regions.json"), QStringLiteral("strokes.json"), QStringLiteral("safety.json"),
             QStringLiteral("benefits/b.json"), QStringLiteral("routines/r.json")}) {
        makeFifo(pack.path(name));
        pipes << pack.path(name);
    }
    const LoadedContent loaded = loadWithoutHanging({pack.path()}, pipes);
    REQUIRE(loaded.reports.size() == 2);
    CHECK(describe(loaded.reports[1].problems) == QStringList{
        QStringLiteral("regions.json: expected a regular file, found a named pipe (FIFO)"),
        QStringLiteral("strokes.json: expected a regular file, found a named pipe (FIFO)"),
        QStringLiteral("safety.json: expected a regular file, found a named pipe (FIFO)"),
        QStringLiteral("benefits/b.json: expected a regular file, found a named pipe (FIFO)"),
        QStringLiteral("routines/r.json: expected a regular file, found a named pipe (FIFO)"),
    });
    CHECK_FALSE(loaded.reports[1].loaded);
    CHECK(loaded.reports[0].loaded);  // the small pack beside it is untouched
}

TEST_CASE("a named pipe as pack.json, as a folder of items or as the pack itself is reported, never waited on")
{
    ScratchPack pack;
    QFile::remove(pack.path(QStringLiteral("pack.json")));
    makeFifo(pack.path(QStringLiteral("pack.json")));
    makeFifo(pack.path(QStringLiteral("routines")));
    ScratchPack other;
    const QString pipeAsPack = other.path(QStringLiteral("pipe-pack"));
    makeFifo(pipeAsPack);

    const LoadedContent loaded =
        loadWithoutHanging({pack.path(), pipeAsPack}, {pack.path(QStringLiteral("pack.json")), pack.path(QStringLiteral("routines")), pipeAsPack});
    REQUIRE(loaded.reports.size() == 3);
    CHECK(describe(loaded.reports[1].problems) == QStringList{
        QStringLiteral("pack.json: expected a regular file, found a named pipe (FIFO)"),
        QStringLiteral("routines: expected a folder of .json files, found a named pipe (FIFO)"),
    });
    CHECK(describe(loaded.reports[2].problems)
        == QStringList{QStringLiteral("expected a content pack folder, found a named pipe (FIFO) at %1").arg(pipeAsPack)});
}

TEST_CASE("sockets, links that lead nowhere or round in a loop and folders named like files are errors naming the entry")
{
    ScratchPack pack;
    pack.mkpath(QStringLiteral("routines/folder.json"));
    makeSocket(pack.path(QStringLiteral("routines/socket.json")));
    makeLink(QStringLiteral("nowhere.json"), pack.path(QStringLiteral("routines/dangling.json")));
    makeLink(QStringLiteral("loop-b.json"), pack.path(QStringLiteral("routines/loop-a.json")));
    makeLink(QStringLiteral("loop-a.json"), pack.path(QStringLiteral("routines/loop-b.json")));
    makeLink(QStringLiteral("itself.json"), pack.path(QStringLiteral("routines/itself.json")));
    makeLink(QStringLiteral("no-such-folder"), pack.path(QStringLiteral("benefits")));
    // Hidden entries are not pack files: an editor's lock file is a link that leads nowhere.
    makeLink(QStringLiteral("someone@host.1234"), pack.path(QStringLiteral("routines/.#edited.json")));

    const LoadedContent loaded = loadWithoutHanging({pack.path()}, {});
    CHECK(describe(loaded.reports[1].problems) == QStringList{
        QStringLiteral("benefits: expected a folder of .json files, found a symbolic link that leads nowhere"),
        QStringLiteral("routines/dangling.json: expected a file, found a symbolic link that leads nowhere"),
        QStringLiteral("routines/folder.json: expected a file, found a folder"),
        QStringLiteral("routines/itself.json: expected a file, found a symbolic link that leads round in a loop"),
        QStringLiteral("routines/loop-a.json: expected a file, found a symbolic link that leads round in a loop"),
        QStringLiteral("routines/loop-b.json: expected a file, found a symbolic link that leads round in a loop"),
        QStringLiteral("routines/socket.json: expected a regular file, found a socket"),
    });
    CHECK_FALSE(loaded.reports[1].loaded);
}

TEST_CASE("links that stay inside the pack keep working, even to a pipe they are refused")
{
    ScratchPack pack;
    pack.write(QStringLiteral("shared/calm.json"),
        R"({"id": "calm-too", "title": "T", "summary": "S", "level": "gentle", "sides": "both-together",
            "steps": [{"region": "calf", "stroke": "kneading", "seconds": 30, "pressure": "light",
                       "direction": "none", "instruction": "Knead."}]})");
    pack.mkpath(QStringLiteral("routines"));
    makeLink(QStringLiteral("../shared/calm.json"), pack.path(QStringLiteral("routines/calm-too.json")));
    makeLink(QStringLiteral("shared"), pack.path(QStringLiteral("more")));
    {
        const LoadedContent loaded = loadWithoutHanging({pack.path()}, {});
        CHECK(describe(loaded.reports[1].problems).isEmpty());
        CHECK(loaded.reports[1].loaded);
        CHECK(loaded.library.routine(QStringLiteral("calm-too")) != nullptr);
    }
    // A folder of items that is a link inside the pack is read through the link.
    QFile::remove(pack.path(QStringLiteral("routines/calm-too.json")));
    QDir(pack.path(QStringLiteral("routines"))).removeRecursively();
    makeLink(QStringLiteral("shared"), pack.path(QStringLiteral("routines")));
    QFile::rename(pack.path(QStringLiteral("shared/calm.json")), pack.path(QStringLiteral("shared/calm-too.json")));
    {
        const LoadedContent loaded = loadWithoutHanging({pack.path()}, {});
        CHECK(describe(loaded.reports[1].problems).isEmpty());
        CHECK(loaded.library.routine(QStringLiteral("calm-too")) != nullptr);
    }
    // A link inside the pack that names a pipe is followed only to be refused.
    makeFifo(pack.path(QStringLiteral("shared/pipe")));
    makeLink(QStringLiteral("shared/pipe"), pack.path(QStringLiteral("regions.json")));
    {
        const LoadedContent loaded = loadWithoutHanging({pack.path()}, {pack.path(QStringLiteral("shared/pipe"))});
        CHECK(describe(loaded.reports[1].problems)
            == QStringList{QStringLiteral("regions.json: expected a regular file, found a named pipe (FIFO)")});
    }
}

TEST_CASE("under packs/ in the data location, a pipe or a broken link is reported and the rest still loads")
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(base.contains(QStringLiteral("qttest")));  // test mode: never the person's real data
    QDir packs(base + QStringLiteral("/packs"));
    packs.removeRecursively();
    REQUIRE(packs.mkpath(QStringLiteral("a-pack/routines")));
    QFile::copy(smallPack() + QStringLiteral("/pack.json"), packs.filePath(QStringLiteral("a-pack/pack.json")));
    makeFifo(packs.filePath(QStringLiteral("a-pack/routines/r.json")));
    makeFifo(packs.filePath(QStringLiteral("b-pipe")));
    makeLink(QStringLiteral("gone"), packs.filePath(QStringLiteral("c-link")));
    QFile archive(packs.filePath(QStringLiteral("d-download.zip")));
    REQUIRE(archive.open(QIODevice::WriteOnly));  // a plain file is left be
    archive.close();

    const QStringList folders = userPackFolders();
    CHECK(folders == QStringList{packs.filePath(QStringLiteral("a-pack")), packs.filePath(QStringLiteral("b-pipe")),
                         packs.filePath(QStringLiteral("c-link"))});
    const LoadedContent loaded = loadWithoutHanging([folders] { return loadContent({true, folders}); },
        {packs.filePath(QStringLiteral("a-pack/routines/r.json")), packs.filePath(QStringLiteral("b-pipe"))});
    REQUIRE(loaded.reports.size() == 4);
    CHECK(loaded.reports[0].loaded);  // the built-in pack
    CHECK(loaded.library.benefits().size() == 10);
    CHECK(describe(loaded.reports[1].problems)
        == QStringList{QStringLiteral("routines/r.json: expected a regular file, found a named pipe (FIFO)")});
    CHECK(describe(loaded.reports[2].problems)
        == QStringList{QStringLiteral("expected a content pack folder, found a named pipe (FIFO) at %1").arg(folders[1])});
    CHECK(describe(loaded.reports[3].problems)
        == QStringList{QStringLiteral("expected a content pack folder, found a symbolic link that leads nowhere at %1").arg(folders[2])});
    packs.removeRecursively();
}

namespace {

// Runs `legease ARGS` as a user the permission bits apply to: nobody (65534) when the tests run
// as root, who may read anything, and the present user otherwise. Fails rather than hang.
QString runLegeaseAsUser(const QStringList& arguments)
{
    QProcess legease;
    legease.setChildProcessModifier([] {
        if (::geteuid() != 0)
            return;
        // Groups first, then the group, then the user: after setuid nothing else may change.
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(125);
    });
    legease.setWorkingDirectory(QDir::tempPath());
    legease.start(QStringLiteral(LEGEASE_APP), arguments);
    REQUIRE(legease.waitForStarted(20000));
    if (!legease.waitForFinished(60000)) {
        legease.kill();
        legease.waitForFinished();
        FAIL("legease did not finish within a minute");
    }
    INFO("stderr: " << legease.readAllStandardError().toStdString());
    REQUIRE(legease.exitStatus() == QProcess::NormalExit);
    REQUIRE(legease.exitCode() != 125);  // could not become nobody
    return QString::fromUtf8(legease.readAllStandardOutput());
}

// A pack folder the user running legease can reach: QTemporaryDir makes its folder for its owner only.
void openToEveryone(const ScratchPack& pack)
{
    REQUIRE(::chmod(QFile::encodeName(pack.path()).constData(), 0755) == 0);
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

}  // namespace

TEST_CASE("files and folders nobody may read are reported as permission denied")
{
    ScratchPack pack;
    openToEveryone(pack);
    setMode(pack.path(QStringLiteral("pack.json")), 0644);
    pack.write(QStringLiteral("regions.json"), R"({"regions": []})");
    setMode(pack.path(QStringLiteral("regions.json")), 0);
    pack.write(QStringLiteral("benefits/b.json"), "{}");
    setMode(pack.path(QStringLiteral("benefits")), 0);
    pack.write(QStringLiteral("routines/r.json"), "{}");
    setMode(pack.path(QStringLiteral("routines")), 0755);
    setMode(pack.path(QStringLiteral("routines/r.json")), 0);

    const QString output = runLegeaseAsUser({QStringLiteral("--validate"), pack.path()});
    CHECK(output
        == QStringLiteral("regions.json: expected a readable file, found permission denied\n"
                          "benefits: expected a readable folder, found permission denied\n"
                          "routines/r.json: expected a readable file, found permission denied\n"
                          "3 errors, 0 warnings\n"));
    setMode(pack.path(QStringLiteral("benefits")), 0755);  // so the folder can be removed
}

TEST_CASE("a pack folder nobody may read is reported as permission denied")
{
    ScratchPack pack;
    openToEveryone(pack);
    setMode(pack.path(), 0711);  // may be passed through, not listed
    const QString output = runLegeaseAsUser({QStringLiteral("--validate"), pack.path()});
    CHECK(output
        == QStringLiteral("expected a readable folder, found permission denied at %1\n1 error, 0 warnings\n").arg(pack.path()));
    setMode(pack.path(), 0755);
}

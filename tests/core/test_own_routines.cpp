// The person's own routines in core: writing a routine in format v1 and reading it back, ids from
// titles, the loader's own checks before anything is written, the own pack (save, changed files,
// delete) and the content store that loads again after a change.
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/object_reader.h"
#include "core/content/own_pack.h"
#include "core/content/routine_check.h"
#include "core/content/routine_id.h"
#include "core/content/routine_json.h"
#include "core/history/history_store.h"
#include "support/as_user.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace legease::core;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines;
}

Routine parsed(const QByteArray& bytes, Problems& problems)
{
    ProblemSink sink(problems, QStringLiteral("routines/x.json"));
    const auto document = parseJsonText(std::string_view(bytes.constData(), std::size_t(bytes.size())), sink);
    REQUIRE(document);
    return readRoutine(*document, sink, ReadMode::Pack);
}

// A routine of the small test pack's regions and strokes.
Routine smallRoutine(const QString& title = QStringLiteral("Evening calves"))
{
    Routine routine;
    routine.id = idFromTitle(title);
    routine.title = title;
    routine.summary = QStringLiteral("Two calm minutes.");
    routine.level = Level::Moderate;
    routine.sides = Sides::RightThenLeft;
    routine.cautions = {QStringLiteral("Skip a sore calf.")};
    Step glide;
    glide.region = QStringLiteral("calf");
    glide.stroke = QStringLiteral("effleurage");
    glide.seconds = 60;
    glide.direction = Direction::TowardHeart;
    glide.tempo = 12;
    glide.instruction = QStringLiteral("Glide from ankle to knee.");
    Step knead = glide;
    knead.stroke = QStringLiteral("kneading");
    knead.seconds = 45;
    knead.pressure = Pressure::Medium;
    knead.tempo.reset();
    knead.instruction = QStringLiteral("Knead the calf, “gently”, from bottom to top.");
    routine.steps = {glide, knead};
    return routine;
}

// Files under `folder`, relative, in name order: what a test expects to find, and nothing else.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

}  // namespace

TEST_CASE("every built-in routine survives save and load unchanged, in the exact bytes of its file")
{
    const LoadedContent builtIn = loadContent({true, {}});
    REQUIRE(builtIn.library.routines().size() >= 10);
    QTemporaryDir dir;
    // A pack of the built-in regions and strokes with every routine as the writer writes it.
    const QString pack = dir.filePath(QStringLiteral("copy"));
    writeBytes(QDir(pack).filePath(QStringLiteral("pack.json")), packFileBytes(ownPackInfo()));
    for (const QString& file : {QStringLiteral("regions.json"), QStringLiteral("strokes.json")})
        writeBytes(QDir(pack).filePath(file), readBytes(QStringLiteral(":/content/") + file));
    for (const Routine& routine : builtIn.library.routines()) {
        INFO(routine.id.toStdString());
        const QByteArray bytes = routineFileBytes(routine);
        // Written exactly as the shipped file is: keys in the documented order, two-space indents.
        CHECK(bytes == readBytes(QStringLiteral(":/content/routines/%1.json").arg(routine.id)));
        Problems problems;
        CHECK(sameRoutine(parsed(bytes, problems), routine));
        CHECK(problems.empty());
        writeBytes(QDir(pack).filePath(routineFileName(routine.id)), bytes);
    }
    // Load, save, load: the loader takes every saved file and gives the same routines.
    const LoadedContent again = loadContent({false, {pack}});
    REQUIRE(again.reports.front().problems.empty());
    REQUIRE(again.library.routines().size() == builtIn.library.routines().size());
    for (const Routine& routine : builtIn.library.routines()) {
        const Routine* reloaded = again.library.routine(routine.id);
        REQUIRE(reloaded);
        CHECK(sameRoutine(*reloaded, routine));
    }
}

TEST_CASE("a routine with every optional field left out, and odd text, comes back the same")
{
    Routine routine = smallRoutine(QStringLiteral("Füße: \"quoted\" \\ back\\slash\nnew line"));
    routine.cautions.clear();
    routine.steps[0].tempo.reset();
    routine.steps[1].instruction = QStringLiteral("Emoji 🦶 and tabs\there.");
    const QByteArray bytes = routineFileBytes(routine);
    CHECK_FALSE(bytes.contains("cautions"));
    CHECK_FALSE(bytes.contains("tempo"));
    CHECK(bytes.contains("🦶"));  // UTF-8 as it is, not \u escapes
    CHECK(bytes.endsWith("\n"));
    Problems problems;
    CHECK(sameRoutine(parsed(bytes, problems), routine));
    CHECK(describe(problems).isEmpty());
}

TEST_CASE("ids come from titles, in the id alphabet, and never one that is taken")
{
    CHECK(idFromTitle(QStringLiteral("Evening calves")) == QStringLiteral("evening-calves"));
    CHECK(idFromTitle(QStringLiteral("Füße & Waden: sanft!")) == QStringLiteral("fusse-waden-sanft"));
    CHECK(idFromTitle(QStringLiteral("Crème brûlée for the SOLES")) == QStringLiteral("creme-brulee-for-the-soles"));
    CHECK(idFromTitle(QStringLiteral("  --After   the run--  ")) == QStringLiteral("after-the-run"));
    CHECK(idFromTitle(QStringLiteral("Ærø, Łódź and Þór")) == QStringLiteral("aero-lodz-and-thor"));
    CHECK(idFromTitle(QStringLiteral("10-minute reset")) == QStringLiteral("10-minute-reset"));
    CHECK(idFromTitle(QString()) == QStringLiteral("my-routine"));
    CHECK(idFromTitle(QStringLiteral("足のマッサージ")) == QStringLiteral("my-routine"));
    CHECK(idFromTitle(QStringLiteral("🦶🦶")) == QStringLiteral("my-routine"));

    const QString longTitle = QStringLiteral("A very long title that goes on and on about calves and ankles and the soles of the feet");
    const QString longId = idFromTitle(longTitle);
    CHECK(longId.size() <= kMaxIdCharacters);
    CHECK(QStringLiteral("a-very-long-title-that-goes-on-and-on-about-calves-and-ankles").startsWith(longId));
    CHECK_FALSE(longId.endsWith(QLatin1Char('-')));

    const QStringList taken{QStringLiteral("calf"), QStringLiteral("calf-2"), QStringLiteral("calf-3")};
    const auto isTaken = [&taken](const QString& id) { return taken.contains(id); };
    CHECK(uniqueId(QStringLiteral("ankle"), isTaken) == QStringLiteral("ankle"));
    CHECK(uniqueId(QStringLiteral("calf"), isTaken) == QStringLiteral("calf-4"));
    const QString full(64, QLatin1Char('a'));
    const QString numbered = uniqueId(full, [&full](const QString& id) { return id == full; });
    CHECK(numbered.size() == 64);
    CHECK(numbered.endsWith(QStringLiteral("-2")));

    // Every id these make is one the loader takes.
    for (const QString& title : {longTitle, QStringLiteral("x"), QStringLiteral("--"), QStringLiteral("a--b"), full})
        CHECK(isValidId(uniqueId(idFromTitle(title), isTaken)));
}

TEST_CASE("a new id is free across every loaded pack and every file of the own pack, loaded or not")
{
    QTemporaryDir dir;
    const LoadedContent loaded = loadContent({false, {smallPack()}});
    const OwnPack pack(dir.filePath(QStringLiteral("my-routines")));
    CHECK(pack.newId(QStringLiteral("Calf calm"), loaded.library) == QStringLiteral("calf-calm-2"));  // the small pack's
    CHECK(pack.newId(QStringLiteral("Evening calves"), loaded.library) == QStringLiteral("evening-calves"));
    writeBytes(pack.filePath(QStringLiteral("routines/evening-calves.json")), "{ broken by hand");
    CHECK(pack.isTaken(QStringLiteral("evening-calves"), loaded.library));
    CHECK(pack.newId(QStringLiteral("Evening calves"), loaded.library) == QStringLiteral("evening-calves-2"));
}

TEST_CASE("the loader's checks of a routine before it is written read as the loader's, at the same place")
{
    const LoadedContent loaded = loadContent({false, {smallPack()}});
    Routine routine = smallRoutine();
    CHECK(describe(checkRoutine(routine, loaded.library, QString(), routineFileName(routine.id))).isEmpty());

    routine.title.clear();
    routine.steps[1].seconds = 700;
    routine.steps[1].tempo = 500;
    routine.steps[0].region = QStringLiteral("elbow");
    routine.steps[0].instruction = QStringLiteral("   ");
    const Problems problems = checkRoutine(routine, loaded.library, QString(), routineFileName(routine.id));

    // The same routine written into a pack by hand: the loader says the very same.
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("pack.json")), packFileBytes(ownPackInfo()));
    writeBytes(dir.filePath(routineFileName(routine.id)), routineFileBytes(routine));
    const LoadedContent byHand = loadContent({false, {smallPack(), dir.path()}});
    CHECK(describe(problems) == describe(byHand.reports.back().problems));
    CHECK(describe(problems) == QStringList{
        QStringLiteral("routines/evening-calves.json: /title: expected text of at most 120 characters, found empty text"),
        QStringLiteral("routines/evening-calves.json: /steps/0/instruction: expected text, found only spaces"),
        QStringLiteral("routines/evening-calves.json: /steps/1/seconds: expected an integer from 5 to 600, found 700"),
        QStringLiteral("routines/evening-calves.json: /steps/1/tempo: expected an integer from 1 to 120, found 500"),
        QStringLiteral("routines/evening-calves.json: /steps/0/region: expected the id of a region defined in this or another loaded pack, found \"elbow\""),
    });
}

TEST_CASE("a routine too big for a file is refused before it is written, in the loader's words")
{
    const LoadedContent loaded = loadContent({false, {smallPack()}});
    Routine routine = smallRoutine();
    routine.steps[0].instruction = QString(kMaxFileBytes, QLatin1Char('a'));
    const Problems problems = checkRoutine(routine, loaded.library, QString(), routineFileName(routine.id));
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("pack.json")), packFileBytes(ownPackInfo()));
    writeBytes(dir.filePath(routineFileName(routine.id)), routineFileBytes(routine));
    const LoadedContent byHand = loadContent({false, {smallPack(), dir.path()}});
    REQUIRE(problems.size() == 1);
    CHECK(describe(problems) == describe(byHand.reports.back().problems));
    CHECK(problems.front().message.startsWith(QStringLiteral("expected a file of at most 1 MiB (1048576 bytes), found ")));
}

TEST_CASE("a problem's JSON Pointer names the field of the routine it is about")
{
    using Field = RoutinePlace::Field;
    CHECK(routinePlace(QString()).field == Field::Routine);
    CHECK(routinePlace(QStringLiteral("/title")).field == Field::Title);
    CHECK(routinePlace(QStringLiteral("/id")).field == Field::Id);
    CHECK(routinePlace(QStringLiteral("/sides")).field == Field::Sides);
    CHECK(routinePlace(QStringLiteral("/cautions")).item == -1);
    CHECK(routinePlace(QStringLiteral("/cautions/3")).field == Field::Cautions);
    CHECK(routinePlace(QStringLiteral("/cautions/3")).item == 3);
    CHECK(routinePlace(QStringLiteral("/steps")).field == Field::Steps);
    CHECK_FALSE(routinePlace(QStringLiteral("/steps")).isStepField());
    const RoutinePlace seconds = routinePlace(QStringLiteral("/steps/2/seconds"));
    CHECK(seconds.field == Field::Seconds);
    CHECK(seconds.step == 2);
    CHECK(routinePlace(QStringLiteral("/steps/12")).field == Field::Step);
    CHECK(routinePlace(QStringLiteral("/steps/12")).step == 12);
    CHECK(routinePlace(QStringLiteral("/steps/0/instruction")).field == Field::Instruction);
    CHECK(routinePlace(QStringLiteral("/steps/0/music")).field == Field::Step);
    CHECK(routinePlace(QStringLiteral("/colour")).field == Field::Routine);
}

TEST_CASE("saving into the own pack writes pack.json once, refuses what the loader would refuse, and loads back")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("packs/my-routines")));
    const OwnPack& pack = store.ownPack();
    CHECK(store.ownPackReport() == nullptr);  // no folder yet

    Routine bad = smallRoutine();
    bad.steps[1].seconds = 3;
    SaveOutcome refused = pack.save(bad, store.library(), QString(), std::nullopt);
    CHECK(refused.status == SaveOutcome::Status::Invalid);
    CHECK(describe(refused.problems)
        == QStringList{QStringLiteral("routines/evening-calves.json: /steps/1/seconds: expected an integer from 5 to 600, found 3")});
    CHECK_FALSE(QFileInfo::exists(pack.folder()));  // nothing at all was written

    const Routine routine = smallRoutine();
    const SaveOutcome saved = pack.save(routine, store.library(), QString(), std::nullopt);
    REQUIRE(saved.status == SaveOutcome::Status::Saved);
    CHECK(filesUnder(pack.folder()) == QStringList{QStringLiteral("pack.json"), QStringLiteral("routines/evening-calves.json")});
    CHECK(readBytes(pack.filePath(QStringLiteral("routines/evening-calves.json"))) == routineFileBytes(routine));

    const ContentLibrary* before = &store.library();
    QSignalSpy reloaded(&store, &ContentStore::reloaded);
    store.reload();
    CHECK(reloaded.size() == 1);
    CHECK(&store.library() == before);  // the same object, holding the new content
    const Routine* mine = store.library().routine(QStringLiteral("evening-calves"));
    REQUIRE(mine);
    CHECK(sameRoutine(*mine, routine));
    CHECK(pack.holds(store.library(), *mine));
    CHECK_FALSE(pack.holds(store.library(), *store.library().routine(QStringLiteral("calf-calm"))));
    REQUIRE(store.ownPackReport());
    CHECK(store.ownPackReport()->loaded);

    // Saving over itself is no clash with its own id; a new routine of that id is.
    Routine changed = routine;
    changed.title = QStringLiteral("Evening calves, slower");
    const RoutineOnDisk onDisk = pack.read(routine.id);
    REQUIRE(onDisk.routine);
    CHECK(pack.save(changed, store.library(), routine.id, onDisk.bytes).status == SaveOutcome::Status::Saved);
    const SaveOutcome clash = pack.save(changed, store.library(), QString(), std::nullopt);
    CHECK(clash.status == SaveOutcome::Status::Invalid);
    CHECK(describe(clash.problems).join(QString()).contains(QStringLiteral("expected a routine id not used before")));

    // A hand-made pack.json is the person's: never replaced.
    writeBytes(pack.filePath(QStringLiteral("pack.json")),
        R"({"format": 1, "id": "mine", "title": "Anna's routines", "locale": "en", "version": "2.0.0"})");
    CHECK(pack.ensurePackFile().isEmpty());
    CHECK(readBytes(pack.filePath(QStringLiteral("pack.json"))).contains("Anna's routines"));
}

TEST_CASE("a routine file changed on disk since it was opened is not replaced without saying yes")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const OwnPack& pack = store.ownPack();
    const Routine routine = smallRoutine();
    REQUIRE(pack.save(routine, store.library(), QString(), std::nullopt).status == SaveOutcome::Status::Saved);
    store.reload();
    const RoutineOnDisk opened = pack.read(routine.id);

    // Someone breaks the file by hand while it is open in the editor.
    const QByteArray byHand = "{\"id\": \"evening-calves\", \"title\": 7}";
    writeBytes(pack.filePath(routineFileName(routine.id)), byHand);
    Routine edited = routine;
    edited.summary = QStringLiteral("Changed in the editor.");
    const SaveOutcome asked = pack.save(edited, store.library(), routine.id, opened.bytes);
    CHECK(asked.status == SaveOutcome::Status::ChangedOnDisk);
    CHECK(describe(asked.problems).join(QLatin1Char('\n')).contains(QStringLiteral("/title: expected text of at most 120 characters, found 7")));
    CHECK(readBytes(pack.filePath(routineFileName(routine.id))) == byHand);  // left as it is

    const SaveOutcome replaced = pack.save(edited, store.library(), routine.id, opened.bytes, true);
    CHECK(replaced.status == SaveOutcome::Status::Saved);
    CHECK(readBytes(pack.filePath(routineFileName(routine.id))) == routineFileBytes(edited));

    // A new routine whose file appeared meanwhile is no different.
    writeBytes(pack.filePath(QStringLiteral("routines/new-one.json")), "{}");
    Routine fresh = smallRoutine(QStringLiteral("New one"));
    CHECK(pack.save(fresh, store.library(), QString(), std::nullopt).status == SaveOutcome::Status::ChangedOnDisk);
}

TEST_CASE("a routine file that is a named pipe is never opened or written")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const OwnPack& pack = store.ownPack();
    REQUIRE(pack.ensurePackFile().isEmpty());
    REQUIRE(QDir().mkpath(pack.filePath(QStringLiteral("routines"))));
    const QString pipe = pack.filePath(QStringLiteral("routines/evening-calves.json"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const RoutineOnDisk onDisk = pack.read(QStringLiteral("evening-calves"));  // returns: nothing waited on the pipe
    CHECK(onDisk.exists);
    CHECK(describe(onDisk.problems) == QStringList{QStringLiteral("routines/evening-calves.json: expected a regular file, found a named pipe (FIFO)")});
    const SaveOutcome outcome = pack.save(smallRoutine(), store.library(), QString(), std::nullopt, true);
    CHECK(outcome.status == SaveOutcome::Status::Failed);
    CHECK(outcome.error.contains(QStringLiteral("named pipe")));
    CHECK(QFileInfo(pipe).isFile() == false);
}

TEST_CASE("saving where the own pack cannot be written says why and leaves what was there")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const OwnPack& pack = store.ownPack();
    REQUIRE(pack.save(smallRoutine(), store.library(), QString(), std::nullopt).status == SaveOutcome::Status::Saved);
    REQUIRE(handToUser(dir.path()));
    const Permissions readOnly(pack.filePath(QStringLiteral("routines")), 0555);
    REQUIRE(readOnly.ok());
    ActingAsUser user;
    REQUIRE(user.ok());
    const SaveOutcome outcome = pack.save(smallRoutine(QStringLiteral("Another")), store.library(), QString(), std::nullopt);
    CHECK(outcome.status == SaveOutcome::Status::Failed);
    CHECK(outcome.error.contains(QStringLiteral("permission denied")));
    CHECK_FALSE(QFileInfo::exists(pack.filePath(QStringLiteral("routines/another.json"))));
}

TEST_CASE("deleting an own routine moves its file to the trash, or removes it for good only when asked")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const OwnPack& pack = store.ownPack();
    REQUIRE(pack.save(smallRoutine(), store.library(), QString(), std::nullopt).status == SaveOutcome::Status::Saved);
    store.reload();
    REQUIRE(store.library().routine(QStringLiteral("evening-calves")));

    RemoveOutcome outcome = pack.remove(QStringLiteral("evening-calves"));
    REQUIRE((outcome.status == RemoveOutcome::Status::Trashed || outcome.status == RemoveOutcome::Status::NoTrash));
    if (outcome.status == RemoveOutcome::Status::NoTrash) {
        CHECK(QFileInfo::exists(pack.filePath(QStringLiteral("routines/evening-calves.json"))));  // not without asking
        outcome = pack.remove(QStringLiteral("evening-calves"), true);
        CHECK(outcome.status == RemoveOutcome::Status::Deleted);
    }
    CHECK_FALSE(QFileInfo::exists(pack.filePath(QStringLiteral("routines/evening-calves.json"))));
    store.reload();
    CHECK_FALSE(store.library().routine(QStringLiteral("evening-calves")));
    CHECK(store.ownPackReport()->loaded);  // an own pack without routines is fine
    CHECK(pack.remove(QStringLiteral("evening-calves")).status == RemoveOutcome::Status::Failed);
}

TEST_CASE("the content store takes the own pack in once it exists, and only once")
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("packs/my-routines"));
    ContentStore store({false, {smallPack()}}, own);
    CHECK(store.content().reports.size() == 1);
    REQUIRE(store.ownPack().save(smallRoutine(), store.library(), QString(), std::nullopt).status == SaveOutcome::Status::Saved);
    store.reload();
    CHECK(store.content().reports.size() == 2);
    // Listed among the packs already (as the user packs under the data location are): not twice.
    ContentStore listed({false, {smallPack(), own + QStringLiteral("/")}}, own);
    CHECK(listed.content().reports.size() == 2);
    CHECK(listed.content().reports.back().loaded);
    // Fixed content is only shown: no own pack, and loading again keeps it.
    ContentStore fixed(loadContent({false, {smallPack()}}));
    CHECK_FALSE(fixed.ownPack().isValid());
    fixed.reload();
    CHECK(fixed.library().routines().size() == 2);
}

TEST_CASE("the history names a routine by the title of its latest session, after it was renamed or deleted")
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    REQUIRE(history.open());
    for (const char* title : {"Evening calves", "Evening calves, slower"}) {
        SessionRecord record;
        record.routineId = QStringLiteral("evening-calves");
        record.routineTitle = QString::fromUtf8(title);
        record.startedAt = QDateTime::currentDateTime();
        REQUIRE(history.add(record));
    }
    SessionRecord other;
    other.routineId = QStringLiteral("calf-calm");
    other.routineTitle = QStringLiteral("Calm calves");
    other.startedAt = QDateTime::currentDateTime();
    REQUIRE(history.add(other));
    const QHash<QString, QString> titles = history.routineTitles();
    CHECK(titles.size() == 2);
    CHECK(titles.value(QStringLiteral("evening-calves")) == QStringLiteral("Evening calves, slower"));
    CHECK(titles.value(QStringLiteral("calf-calm")) == QStringLiteral("Calm calves"));
}

#include "core/content/routine_sharing.h"

#include "core/content/item_readers.h"
#include "core/content/item_texts.h"
#include "core/content/json_text.h"
#include "core/content/object_reader.h"
#include "core/content/pack_reader.h"
#include "core/content/routine_check.h"
#include "core/content/routine_id.h"
#include "core/content/routine_json.h"
#include "core/files/save_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace legease::core {
namespace {

struct Sharing {
    Q_DECLARE_TR_FUNCTIONS(legease::core::Sharing)
};

// The problems a reader found in a part of a bigger document, moved to that part's place.
void appendAt(Problems& into, Problems found, const QString& prefix)
{
    for (Problem& problem : found) {
        if (problem.line == 0)
            problem.pointer = prefix + problem.pointer;
        into.push_back(std::move(problem));
    }
}

void readBundle(const nlohmann::json& document, ImportCheck& check, std::vector<Routine>& routines)
{
    ProblemSink sink(check.problems, check.file);
    ObjectReader root(document, JsonPath(), sink, QStringLiteral("a bundle object at the top level"));
    // The bundle says which format its routines are written in, in pack.json's words.
    if (const auto format = root.integer("format", 1, 1000, Need::Required); format && *format != 1)
        sink.error(QStringLiteral("/format"),
            QStringLiteral("expected 1 (the only format this version of LegEase reads), found %1").arg(*format));
    if (const nlohmann::json* pack = root.value("pack", Need::Required, QStringLiteral("an object like pack.json"))) {
        Problems found;
        ProblemSink packSink(found, check.file);
        const PackInfo info = readPackInfo(*pack, packSink);
        if (!info.locale.isEmpty() && isTranslation(info))
            packSink.error(QStringLiteral("/locale"),
                QStringLiteral("expected an English locale such as \"en\" (a bundle holds routines, not a translation), found \"%1\"")
                    .arg(info.locale));
        appendAt(check.problems, std::move(found), QStringLiteral("/pack"));
    }
    root.forEach("routines", Need::Required, 1, kMaxListItems, QStringLiteral("routines"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            const QString place = path.pointer();
            if (!value.is_object()) {
                sink.error(place, QStringLiteral("expected a routine object, found %1").arg(describeValue(value)));
                return;
            }
            Problems found;
            ProblemSink routineSink(found, check.file);
            Routine routine = readRoutine(value, routineSink, ReadMode::Pack);
            routine.origin = {QString(), check.file, place};
            appendAt(check.problems, std::move(found), place);
            routines.push_back(std::move(routine));
        });
    root.finish();
}

}  // namespace

QString importedTitle(const QString& title)
{
    const QString marked = QCoreApplication::translate("legease::core::Sharing", "%1 (imported)").arg(title);
    const qsizetype over = marked.size() - kMaxTitleCharacters;
    if (over <= 0)
        return marked;
    return QCoreApplication::translate("legease::core::Sharing", "%1 (imported)")
        .arg(title.left(title.size() - over - 1).trimmed() + QStringLiteral("…"));
}

ImportCheck checkImport(const QString& path, const ContentLibrary& library, const OwnPack& pack)
{
    ImportCheck check;
    check.file = QFileInfo(path).fileName();
    ProblemSink sink(check.problems, check.file);
    // Opening a named pipe or a device could wait for ever: only regular files are read.
    if (const QString kind = nonRegularFileKind(path); !kind.isEmpty()) {
        sink.error(QString(), QStringLiteral("expected a regular file, found %1").arg(kind));
        return check;
    }
    const auto document = readJsonFile(path, sink);
    if (!document)
        return check;

    std::vector<Routine> routines;
    check.bundle = document->is_object() && document->contains("routines");
    if (check.bundle) {
        readBundle(*document, check, routines);
    } else {
        Routine routine = readRoutine(*document, sink, ReadMode::Pack);
        routine.origin = {QString(), check.file, QString()};
        routines.push_back(std::move(routine));
    }
    // Nothing is replaced: a taken id gets a new one, read from the title that says "(imported)".
    QSet<QString> claimed;
    const auto taken = [&](const QString& id) { return claimed.contains(id) || pack.isTaken(id, library); };
    for (Routine& routine : routines) {
        if (!routine.id.isEmpty() && taken(routine.id)) {
            const QString from = routine.id;
            routine.title = importedTitle(routine.title);
            routine.id = uniqueId(idFromTitle(routine.title), taken);
            check.renamed.push_back({from, routine.id});
        }
        claimed.insert(routine.id);
    }

    // Regions and strokes must exist, checked as the loader checks a pack (ids are free by now),
    // and reported with the file's own problems, as the loader reports them, all in one go.
    PackContent content;
    content.routines = routines;
    library.checkPack(content, check.problems);
    for (const Routine& routine : routines) {
        // Written out with indents, a routine from a compact file could outgrow the file limit.
        if (const qsizetype size = routineFileBytes(routine).size(); size > kMaxFileBytes)
            sink.error(routine.origin.pointer,
                QStringLiteral("expected a routine that fits a file of at most 1 MiB (%1 bytes), found %2 bytes")
                    .arg(kMaxFileBytes)
                    .arg(size));
    }
    if (countErrors(check.problems) == 0)
        check.routines = std::move(routines);
    else
        check.renamed.clear();  // nothing is imported, so nothing is renamed
    return check;
}

ImportResult importRoutines(const ImportCheck& check, const OwnPack& pack, const WriteStep& step)
{
    ImportResult result;
    if (!check.canImport()) {
        result.error = Sharing::tr("%1 has problems, so nothing was imported").arg(check.file);
        return result;
    }
    result.error = pack.add(check.routines, step);
    if (result.error.isEmpty())
        for (const Routine& routine : check.routines)
            result.ids << routine.id;
    return result;
}

QString exportRoutine(const Routine& routine, const QString& path)
{
    return saveFile(path, routineFileBytes(routine));
}

QString exportBundle(const PackInfo& pack, const std::vector<Routine>& routines, const QString& path)
{
    if (routines.empty())
        return Sharing::tr("there are no routines of your own to export yet");
    const QByteArray bytes = routineBundleBytes(pack, routines);
    if (bytes.size() > kMaxFileBytes)
        return Sharing::tr("these routines take %1 bytes, more than the 1 MiB a file may hold; export them one by one")
            .arg(bytes.size());
    return saveFile(path, bytes);
}

}  // namespace legease::core

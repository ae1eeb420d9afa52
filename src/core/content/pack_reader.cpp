#include "core/content/pack_reader.h"

#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/pack_folder.h"
#include "core/content/parallel.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace legease::core {
namespace {

const QStringList kKnownFiles{QStringLiteral("pack.json"), QStringLiteral("regions.json"),
    QStringLiteral("strokes.json"), QStringLiteral("safety.json")};

void checkPackPath(const PackFolder& pack, const QString& relative, ProblemSink& sink, const QString& pointer)
{
    if (relative.isEmpty())
        return;
    if (!pack.staysInside(relative))
        sink.error(pointer, QStringLiteral("expected a relative path to a file inside the pack, found \"%1\"").arg(relative));
    else if (!QFileInfo(pack.filePath(relative)).isFile())
        sink.error(pointer, QStringLiteral("expected a file inside the pack, found nothing at \"%1\"").arg(relative));
}

// Markdown links and images may point to the web or into the pack, never elsewhere on disk.
void checkMarkdownLinks(const PackFolder& pack, const QString& markdown, ProblemSink& sink, const QString& pointer)
{
    // One copy per thread: articles are read in parallel, and QRegularExpression promises to be
    // reentrant, not safe to share between threads.
    thread_local const QRegularExpression link(QStringLiteral("\\]\\(\\s*<?([^)\\s>]+)"));
    thread_local const QRegularExpression web(QStringLiteral("^(https?:|mailto:|#)"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!web.match(target).hasMatch())
            checkPackPath(pack, target, sink, pointer);
    }
}

const QString& linkOutOfPackMessage()
{
    static const QString message = QStringLiteral("expected a file inside the pack, found a link to somewhere else");
    return message;
}

template <typename Read>
void readFileIfPresent(const PackFolder& pack, const QString& relative, Problems& problems, Read read)
{
    const QString path = pack.filePath(relative);
    if (!QFileInfo::exists(path))
        return;
    ProblemSink sink(problems, relative);
    if (!pack.staysInside(relative)) {
        sink.error(QString(), linkOutOfPackMessage());
        return;
    }
    if (const auto document = readJsonFile(path, sink))
        read(*document, sink);
}

// Reads every *.json file in the sub-folder `folder` into one item each, appending the items and
// the problems in file-name order. Files are read and checked in parallel, each into its own
// problem list, so the report is the same whichever thread finishes first.
template <typename Item, typename Read>
void readFolder(const PackFolder& pack, const QString& folder, Problems& problems, std::vector<Item>& items, Read read)
{
    const QFileInfo info(pack.filePath(folder));
    if (!info.exists())
        return;
    if (!info.isDir()) {
        ProblemSink(problems, folder).error(QString(), QStringLiteral("expected a folder of .json files, found a file"));
        return;
    }
    struct File {
        QString relative;
        QString path;
        bool throughLink = false;  // the file or its folder is a symbolic link
        Problems problems;
        std::optional<Item> item;
    };
    // The iterator plus one sort of the names is cheaper than QDir's sorted list, which builds
    // and compares full file information for every entry; the order is the same (by name,
    // case-sensitive). Whether an entry is a link comes with the listing on Linux.
    const bool folderIsLink = info.isSymLink();
    std::vector<File> files;
    for (QDirIterator it(info.filePath(), {QStringLiteral("*.json")}, QDir::Files); it.hasNext();) {
        it.next();
        File file;
        file.relative = folder + QLatin1Char('/') + it.fileName();
        file.path = it.filePath();
        file.throughLink = folderIsLink || it.fileInfo().isSymLink();
        files.push_back(std::move(file));
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.relative < b.relative; });

    forEachIndexInParallel(files.size(), [&](std::size_t i) {
        File& file = files[i];
        ProblemSink sink(file.problems, file.relative);
        // A name from the folder listing is well-formed; only a link can lead out of the pack.
        if (file.throughLink && !pack.linkStaysInside(file.relative)) {
            sink.error(QString(), linkOutOfPackMessage());
            return;
        }
        if (const auto document = readJsonFile(file.path, sink))
            file.item = read(*document, sink);
    });

    items.reserve(items.size() + files.size());
    for (File& file : files) {
        std::move(file.problems.begin(), file.problems.end(), std::back_inserter(problems));
        if (file.item)
            items.push_back(std::move(*file.item));
    }
}

// The file name is how people find an item again; a mismatch is likely a copy-paste slip.
void checkFileNameMatchesId(const QString& id, ProblemSink& sink)
{
    const QString base = QFileInfo(sink.file()).completeBaseName();
    if (!id.isEmpty() && base != id)
        sink.warning(QStringLiteral("/id"),
            QStringLiteral("expected the id to match the file name \"%1\", found \"%2\"").arg(base, id));
}

void warnAboutStrayFiles(const QString& root, Problems& problems)
{
    const QStringList names = QDir(root).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        if (!kKnownFiles.contains(name))
            ProblemSink(problems, name).warning(QString(),
                QStringLiteral("unknown file, ignored (expected pack.json, regions.json, strokes.json, "
                               "safety.json, benefits/ or routines/)"));
}

// A translation pack has the same files, holding only texts (see item_readers.h); the library
// checks their ids against the packs they translate. Its images are ignored, so not checked.
void readItems(const PackFolder& folder, PackContent& pack, Problems& problems, ReadMode mode)
{
    const bool checkImages = mode == ReadMode::Pack;
    readFileIfPresent(folder, QStringLiteral("regions.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.regions = readRegions(document, sink, mode);
        for (const Region& region : pack.regions)
            if (checkImages)
                checkPackPath(folder, region.image, sink, region.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(folder, QStringLiteral("strokes.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.strokes = readStrokes(document, sink, mode);
        for (const Stroke& stroke : pack.strokes)
            if (checkImages)
                checkPackPath(folder, stroke.image, sink, stroke.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(folder, QStringLiteral("safety.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.safety = readSafety(document, sink, mode);
    });
    // These run on several threads at once: they may only touch the file they are given.
    readFolder(folder, QStringLiteral("benefits"), problems, pack.benefits,
        [&folder, mode, checkImages](const nlohmann::json& document, ProblemSink& sink) {
            Benefit benefit = readBenefit(document, sink, mode);
            checkFileNameMatchesId(benefit.id, sink);
            if (checkImages)
                checkPackPath(folder, benefit.image, sink, QStringLiteral("/image"));
            checkMarkdownLinks(folder, benefit.body, sink, QStringLiteral("/body"));
            return benefit;
        });
    readFolder(folder, QStringLiteral("routines"), problems, pack.routines, [mode](const nlohmann::json& document, ProblemSink& sink) {
        Routine routine = readRoutine(document, sink, mode);
        checkFileNameMatchesId(routine.id, sink);
        return routine;
    });
}

}  // namespace

PackContent readPack(const QString& root, Problems& problems)
{
    PackContent pack;
    pack.info.root = root;
    if (!QFileInfo(root).isDir()) {
        ProblemSink(problems, QString()).error(QString(),
            QStringLiteral("expected a content pack folder, found nothing at %1").arg(QDir::toNativeSeparators(root)));
        return pack;
    }
    const PackFolder folder(root);
    if (!QFileInfo::exists(folder.filePath(QStringLiteral("pack.json"))))
        ProblemSink(problems, QStringLiteral("pack.json")).error(QString(),
            QStringLiteral("expected a pack description file, found none (is this a LegEase content pack?)"));

    readFileIfPresent(folder, QStringLiteral("pack.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.info = readPackInfo(document, sink);
        pack.info.root = root;
    });
    readItems(folder, pack, problems, isTranslation(pack.info) ? ReadMode::Translation : ReadMode::Pack);
    warnAboutStrayFiles(root, problems);
    return pack;
}

}  // namespace legease::core

#include "core/content/pack_reader.h"

#include "core/content/article_check.h"
#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/pack_file.h"
#include "core/content/pack_folder.h"
#include "core/content/pack_image.h"
#include "core/content/parallel.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace legease::core {
namespace {

const QStringList kKnownFiles{QStringLiteral("pack.json"), QStringLiteral("regions.json"),
    QStringLiteral("strokes.json"), QStringLiteral("safety.json")};

// An `image` field: under the one rule for images (pack_image.h).
void checkImageField(const PackFolder& pack, const QString& relative, ProblemSink& sink, const QString& pointer)
{
    if (relative.isEmpty())
        return;
    const PackImage image = readPackImage(pack.root(), relative);
    if (!image.isValid())
        sink.error(pointer, image.problem);
}

const QString& linkOutOfPackMessage()
{
    static const QString message = QStringLiteral("expected a file inside the pack, found a link to somewhere else");
    return message;
}

// The entries of the pack's own folder, listed once: which of the known files are there, and
// what each one is.
class TopFolder {
public:
    explicit TopFolder(std::vector<FolderEntry> entries)
        : m_entries(std::move(entries))
    {
    }
    const FolderEntry* find(const QString& name) const
    {
        for (const FolderEntry& entry : m_entries)
            if (entry.name == name)
                return &entry;
        return nullptr;
    }
    const std::vector<FolderEntry>& entries() const { return m_entries; }

private:
    std::vector<FolderEntry> m_entries;
};

// Reads one file of the pack that the listing gave as `entry`. Only a regular file is opened; a
// symbolic link is followed when it leads to one inside the pack. Reports what stands in the way.
std::optional<nlohmann::json> readPackFile(const PackFolder& pack, const QString& relative, EntryType entry,
    bool throughLink, ProblemSink& sink)
{
    const bool link = entry == EntryType::Link || throughLink;
    if (link && !pack.linkStaysInside(relative)) {
        sink.error(QString(), linkOutOfPackMessage());
        return std::nullopt;
    }
    return readJsonFile(pack.filePath(relative), sink, link ? Links::Follow : Links::Refuse);
}

template <typename Read>
void readFileIfPresent(const PackFolder& pack, const TopFolder& top, const QString& relative, Problems& problems, Read read)
{
    const FolderEntry* entry = top.find(relative);
    if (!entry)
        return;
    ProblemSink sink(problems, relative);
    if (const auto document = readPackFile(pack, relative, entry->type, false, sink))
        read(*document, sink);
}

bool isJsonName(const QString& name)
{
    return !name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

// Reads every *.json entry in the sub-folder `folder` into one item each, appending the items
// and the problems in file-name order. An entry that is not a regular file (a folder, a pipe, a
// link that leads nowhere) is an error, not skipped. Files are read and checked in parallel,
// each into its own problem list, so the report is the same whichever thread finishes first.
template <typename Item, typename Read>
void readFolder(const PackFolder& pack, const TopFolder& top, const QString& folder, Problems& problems,
    std::vector<Item>& items, Read read)
{
    const FolderEntry* entry = top.find(folder);
    if (!entry)
        return;
    ProblemSink folderSink(problems, folder);
    const bool folderIsLink = entry->type == EntryType::Link;
    EntryType type = entry->type;
    QString why;
    if (folderIsLink) {
        type = linkTargetTypeOf(pack.filePath(folder), why);
        if (type == EntryType::Folder && !pack.linkStaysInside(folder)) {
            folderSink.error(QString(), QStringLiteral("expected a folder inside the pack, found a link to somewhere else"));
            return;
        }
    }
    if (type != EntryType::Folder) {
        if (why.isEmpty())
            why = type == EntryType::File ? QStringLiteral("a file") : describeEntryType(type);
        folderSink.error(QString(), QStringLiteral("expected a folder of .json files, found %1").arg(why));
        return;
    }
    const auto listing = listFolder(pack.filePath(folder), why);
    if (!listing) {
        folderSink.error(QString(), why);
        return;
    }

    struct File {
        QString relative;
        EntryType type;
        Problems problems;
        std::optional<Item> item;
    };
    std::vector<File> files;  // in name order, as listed
    for (const FolderEntry& found : *listing)
        if (isJsonName(found.name))
            files.push_back({folder + QLatin1Char('/') + found.name, found.type, {}, std::nullopt});

    forEachIndexInParallel(files.size(), [&](std::size_t i) {
        File& file = files[i];
        ProblemSink sink(file.problems, file.relative);
        if (const auto document = readPackFile(pack, file.relative, file.type, folderIsLink, sink))
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

void warnAboutStrayFiles(const TopFolder& top, Problems& problems)
{
    for (const FolderEntry& entry : top.entries())
        if (isJsonName(entry.name) && !kKnownFiles.contains(entry.name))
            ProblemSink(problems, entry.name).warning(QString(),
                QStringLiteral("unknown file, ignored (expected pack.json, regions.json, strokes.json, "
                               "safety.json, benefits/ or routines/)"));
}

// A translation pack has the same files, holding only texts (see item_readers.h); the library
// checks their ids against the packs they translate. Its `image` fields are ignored, so not
// checked; the images in its articles are.
void readItems(const PackFolder& folder, const TopFolder& top, PackContent& pack, Problems& problems, ReadMode mode)
{
    const bool checkImages = mode == ReadMode::Pack;
    readFileIfPresent(folder, top, QStringLiteral("regions.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.regions = readRegions(document, sink, mode);
        for (const Region& region : pack.regions)
            if (checkImages)
                checkImageField(folder, region.image, sink, region.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(folder, top, QStringLiteral("strokes.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.strokes = readStrokes(document, sink, mode);
        for (const Stroke& stroke : pack.strokes)
            if (checkImages)
                checkImageField(folder, stroke.image, sink, stroke.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(folder, top, QStringLiteral("safety.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.safety = readSafety(document, sink, mode);
    });
    // These run on several threads at once: they may only touch the file they are given.
    readFolder(folder, top, QStringLiteral("benefits"), problems, pack.benefits,
        [&folder, mode, checkImages](const nlohmann::json& document, ProblemSink& sink) {
            Benefit benefit = readBenefit(document, sink, mode);
            checkFileNameMatchesId(benefit.id, sink);
            if (checkImages)
                checkImageField(folder, benefit.image, sink, QStringLiteral("/image"));
            // A translation's article is its own text, with its own images: it answers to the same
            // limits, and its images are found in the translation pack.
            if (!benefit.body.isEmpty()) {
                checkArticleBody(folder.root(), benefit.body, sink, QStringLiteral("/body"));
                benefit.bodyFolder = folder.root();
            }
            return benefit;
        });
    readFolder(folder, top, QStringLiteral("routines"), problems, pack.routines, [mode](const nlohmann::json& document, ProblemSink& sink) {
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
    ProblemSink rootSink(problems, QString());
    const QString shown = QDir::toNativeSeparators(root);
    QString why;
    EntryType type = entryTypeOf(root, &why);
    if (type == EntryType::Link)
        type = linkTargetTypeOf(root, why);
    if (type != EntryType::Folder) {
        if (why.isEmpty())
            why = describeEntryType(type);
        rootSink.error(QString(), QStringLiteral("expected a content pack folder, found %1 at %2").arg(why, shown));
        return pack;
    }
    auto listing = listFolder(root, why);
    if (!listing) {
        rootSink.error(QString(), QStringLiteral("%1 at %2").arg(why, shown));
        return pack;
    }
    const TopFolder top(std::move(*listing));
    const PackFolder folder(root);
    if (!top.find(QStringLiteral("pack.json")))
        ProblemSink(problems, QStringLiteral("pack.json")).error(QString(),
            QStringLiteral("expected a pack description file, found none (is this a LegEase content pack?)"));

    readFileIfPresent(folder, top, QStringLiteral("pack.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.info = readPackInfo(document, sink);
        pack.info.root = root;
    });
    readItems(folder, top, pack, problems, isTranslation(pack.info) ? ReadMode::Translation : ReadMode::Pack);
    warnAboutStrayFiles(top, problems);
    return pack;
}

}  // namespace legease::core

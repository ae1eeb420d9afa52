#include "content/pack_reader.h"

#include "content/item_readers.h"
#include "content/json_text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace legease::core {
namespace {

const QStringList kKnownFiles{QStringLiteral("pack.json"), QStringLiteral("regions.json"),
    QStringLiteral("strokes.json"), QStringLiteral("safety.json")};

bool isResource(const QString& root)
{
    return root.startsWith(QLatin1Char(':'));
}

// True when `relative` stays inside the pack: not absolute, no scheme or drive, no ".." that
// climbs out, and (on disk) no symbolic link that leads elsewhere.
bool staysInside(const QString& root, const QString& relative)
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative.contains(QLatin1Char('\\'))
        || relative.contains(QLatin1Char(':')))
        return false;
    const QString clean = QDir::cleanPath(relative);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return false;
    if (isResource(root))
        return true;
    const QFileInfo target(QDir(root).filePath(clean));
    if (!target.exists())
        return true;  // nothing to follow; the caller reports the missing file
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    return target.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/'));
}

void checkPackPath(const QString& root, const QString& relative, ProblemSink& sink, const QString& pointer)
{
    if (relative.isEmpty())
        return;
    if (!staysInside(root, relative))
        sink.error(pointer, QStringLiteral("expected a relative path to a file inside the pack, found \"%1\"").arg(relative));
    else if (!QFileInfo(QDir(root).filePath(relative)).isFile())
        sink.error(pointer, QStringLiteral("expected a file inside the pack, found nothing at \"%1\"").arg(relative));
}

// Markdown links and images may point to the web or into the pack, never elsewhere on disk.
void checkMarkdownLinks(const QString& root, const QString& markdown, ProblemSink& sink, const QString& pointer)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(\\s*<?([^)\\s>]+)"));
    static const QRegularExpression web(QStringLiteral("^(https?:|mailto:|#)"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!web.match(target).hasMatch())
            checkPackPath(root, target, sink, pointer);
    }
}

template <typename Read>
void readFileIfPresent(const QString& root, const QString& relative, Problems& problems, Read read)
{
    const QString path = QDir(root).filePath(relative);
    if (!QFileInfo::exists(path))
        return;
    ProblemSink sink(problems, relative);
    if (!staysInside(root, relative)) {
        sink.error(QString(), QStringLiteral("expected a file inside the pack, found a link to somewhere else"));
        return;
    }
    if (const auto document = readJsonFile(path, sink))
        read(*document, sink);
}

// Calls `read` for every *.json file in the sub-folder `folder`, in name order.
template <typename Read>
void readFolder(const QString& root, const QString& folder, Problems& problems, Read read)
{
    const QFileInfo info(QDir(root).filePath(folder));
    if (!info.exists())
        return;
    if (!info.isDir()) {
        ProblemSink(problems, folder).error(QString(), QStringLiteral("expected a folder of .json files, found a file"));
        return;
    }
    const QStringList names = QDir(info.filePath()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        readFileIfPresent(root, folder + QLatin1Char('/') + name, problems, read);
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
    if (!QFileInfo::exists(QDir(root).filePath(QStringLiteral("pack.json"))))
        ProblemSink(problems, QStringLiteral("pack.json")).error(QString(),
            QStringLiteral("expected a pack description file, found none (is this a LegEase content pack?)"));

    readFileIfPresent(root, QStringLiteral("pack.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        const QString folder = pack.info.root;
        pack.info = readPackInfo(document, sink);
        pack.info.root = folder;
    });
    readFileIfPresent(root, QStringLiteral("regions.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.regions = readRegions(document, sink);
        for (const Region& region : pack.regions)
            checkPackPath(root, region.image, sink, region.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(root, QStringLiteral("strokes.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.strokes = readStrokes(document, sink);
        for (const Stroke& stroke : pack.strokes)
            checkPackPath(root, stroke.image, sink, stroke.origin.pointer + QStringLiteral("/image"));
    });
    readFileIfPresent(root, QStringLiteral("safety.json"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        pack.safety = readSafety(document, sink);
    });
    readFolder(root, QStringLiteral("benefits"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        Benefit benefit = readBenefit(document, sink);
        checkFileNameMatchesId(benefit.id, sink);
        checkPackPath(root, benefit.image, sink, QStringLiteral("/image"));
        checkMarkdownLinks(root, benefit.body, sink, QStringLiteral("/body"));
        pack.benefits.push_back(std::move(benefit));
    });
    readFolder(root, QStringLiteral("routines"), problems, [&](const nlohmann::json& document, ProblemSink& sink) {
        Routine routine = readRoutine(document, sink);
        checkFileNameMatchesId(routine.id, sink);
        pack.routines.push_back(std::move(routine));
    });
    warnAboutStrayFiles(root, problems);
    return pack;
}

}  // namespace legease::core

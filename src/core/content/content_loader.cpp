#include "content/content_loader.h"

#include "content/pack_reader.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace legease::core {

QString builtInPackFolder()
{
    return QStringLiteral(":/content");
}

QStringList userPackFolders()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return {};
    const QDir packs(QDir(base).filePath(QStringLiteral("packs")));
    QStringList folders;
    for (const QString& name : packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders << packs.filePath(name);
    return folders;
}

LoadedContent loadContent(const ContentSources& sources)
{
    struct ReadPack {
        PackContent content;
        PackReport report;
    };
    std::vector<ReadPack> read;
    QStringList folders = sources.folders;
    if (sources.builtIn)
        folders.prepend(builtInPackFolder());
    for (const QString& folder : folders) {
        ReadPack pack;
        pack.report.folder = folder;
        pack.content = readPack(folder, pack.report.problems);
        pack.report.packId = pack.content.info.id;
        read.push_back(std::move(pack));
    }

    if (sources.builtIn && read.size() > 1) {
        const QString builtInId = read.front().content.info.id;
        const bool replaced = std::any_of(read.begin() + 1, read.end(),
            [&builtInId](const ReadPack& p) { return !builtInId.isEmpty() && p.content.info.id == builtInId; });
        if (replaced)
            read.erase(read.begin());
    }

    LoadedContent loaded;
    for (ReadPack& pack : read) {
        // Packs with file errors go through addPack too, so their cross-file problems are
        // reported in the same run; addPack refuses them.
        pack.report.loaded = loaded.library.addPack(std::move(pack.content), pack.report.problems);
        loaded.reports.push_back(std::move(pack.report));
    }
    return loaded;
}

PackReport validatePack(const QString& folder)
{
    LoadedContent loaded = loadContent({true, {folder}});
    return std::move(loaded.reports.back());
}

}  // namespace legease::core

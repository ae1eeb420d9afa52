#include "core/content/content_loader.h"

#include "core/content/pack_file.h"
#include "core/content/pack_reader.h"

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
    const QString packs = QDir(base).filePath(QStringLiteral("packs"));
    QString problem;
    const EntryType type = entryTypeOf(packs, &problem);
    if (type == EntryType::Missing)
        return {};
    // Anything in place of the folder, or a folder that cannot be listed, is loaded as if it were
    // a pack, which reports it by name; so does every entry in it that is not a plain file (a
    // pack folder, a link, a pipe): only regular files, such as a downloaded archive, are left be.
    const auto entries = listFolder(packs, problem);
    if (!entries)
        return {packs};
    QStringList folders;
    for (const FolderEntry& entry : *entries)
        if (!entry.name.startsWith(QLatin1Char('.')) && entry.type != EntryType::File)
            folders << QDir(packs).filePath(entry.name);
    return folders;
}

LoadedContent loadContent(const ContentSources& sources, const QString& language)
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
        const bool replaced = std::any_of(read.begin() + 1, read.end(), [&builtInId](const ReadPack& p) {
            return !builtInId.isEmpty() && p.content.info.id == builtInId && !isTranslation(p.content.info);
        });
        if (replaced)
            read.erase(read.begin());
    }

    LoadedContent loaded;
    // Content packs first, so translation packs can be checked against everything they may
    // translate, whichever folder comes first.
    for (const bool translations : {false, true}) {
        for (ReadPack& pack : read) {
            if (isTranslation(pack.content.info) != translations)
                continue;
            // Packs with file errors go through addPack too, so their cross-file problems are
            // reported in the same run; addPack refuses them.
            pack.report.loaded = translations ? loaded.library.addTranslation(std::move(pack.content), pack.report.problems)
                                              : loaded.library.addPack(std::move(pack.content), pack.report.problems);
        }
    }
    for (ReadPack& pack : read)
        loaded.reports.push_back(std::move(pack.report));
    if (!language.isEmpty())
        loaded.library.applyTranslations(language);
    return loaded;
}

PackReport validatePack(const QString& folder)
{
    LoadedContent loaded = loadContent({true, {folder}});
    return std::move(loaded.reports.back());
}

}  // namespace legease::core

#include "core/content/content_loader.h"

#include "core/content/pack_file.h"
#include "core/content/pack_reader.h"
#include "core/content/pack_serialization.h"

#include <QDir>
#include <QFile>
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

namespace {

// The built-in pack as the build compiled it (see pack_serialization.h) where the program carries
// it, else read from its JSON (the tool that compiles it, and tests that read the JSON on purpose).
PackContent readBuiltInPack(Problems& problems)
{
    QFile compiled(QStringLiteral(":/builtin-pack/pack.bin"));
    if (compiled.open(QIODevice::ReadOnly))
        if (std::optional<PackContent> pack = deserializePack(compiled.readAll()))
            return std::move(*pack);
    return readPack(builtInPackFolder(), problems);
}

struct ReadPack {
    PackContent content;
    PackReport report;
    bool skip = false;  // left out without being offered to the library
};

// Offers every pack to a new library, content packs first, so translation packs can be checked
// against everything they may translate, whichever folder comes first.
LoadedContent assemble(std::vector<ReadPack> read)
{
    LoadedContent loaded;
    for (const bool translations : {false, true}) {
        for (ReadPack& pack : read) {
            if (pack.skip || isTranslation(pack.content.info) != translations)
                continue;
            // Packs with file errors go through addPack too, so their cross-file problems are
            // reported in the same run; addPack refuses them.
            pack.report.loaded = translations ? loaded.library.addTranslation(std::move(pack.content), pack.report.problems)
                                              : loaded.library.addPack(std::move(pack.content), pack.report.problems);
        }
    }
    for (ReadPack& pack : read)
        loaded.reports.push_back(std::move(pack.report));
    return loaded;
}

}  // namespace

LoadedContent loadContent(const ContentSources& sources, const QString& language)
{
    std::vector<ReadPack> read;
    QStringList folders = sources.folders;
    if (sources.builtIn)
        folders.prepend(builtInPackFolder());
    for (const QString& folder : folders) {
        ReadPack pack;
        pack.report.folder = folder;
        pack.content = folder == builtInPackFolder() ? readBuiltInPack(pack.report.problems)
                                                     : readPack(folder, pack.report.problems);
        pack.report.packId = pack.content.info.id;
        read.push_back(std::move(pack));
    }

    // A content pack with the built-in pack's id replaces it (content authors run the app on
    // their copy of content/), but only when it loads: a broken copy must not leave the app
    // empty, so then it is left out and the built-in pack stays.
    const auto replacement = !sources.builtIn || read.front().content.info.id.isEmpty()
        ? read.end()
        : std::find_if(read.begin() + 1, read.end(), [builtInId = read.front().content.info.id](const ReadPack& p) {
              return p.content.info.id == builtInId && !isTranslation(p.content.info);
          });
    LoadedContent loaded;
    if (replacement == read.end()) {
        loaded = assemble(std::move(read));
    } else {
        const std::size_t index = std::size_t(replacement - read.begin());
        loaded = assemble(std::vector<ReadPack>(read.begin() + 1, read.end()));
        if (!loaded.reports[index - 1].loaded) {
            PackReport rejected = std::move(loaded.reports[index - 1]);
            ProblemSink(rejected.problems, QString()).warning(QString(),
                QStringLiteral("this pack has the id of the built-in pack, \"%1\", and would replace it, but it has errors; "
                               "the built-in pack is used instead")
                    .arg(rejected.packId));
            read[index].skip = true;
            loaded = assemble(std::move(read));
            loaded.reports[index] = std::move(rejected);
        }
    }
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

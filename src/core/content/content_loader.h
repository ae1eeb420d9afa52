#pragma once

#include "core/content/content_library.h"
#include "core/content/problem.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace legease::core {

// What happened to one pack, for the problems panel and `--validate`.
struct PackReport {
    QString folder;  // as people should see it; ":/content" for the built-in pack
    QString packId;  // empty when pack.json could not be read
    bool loaded = false;
    Problems problems;
};

struct LoadedContent {
    ContentLibrary library;
    std::vector<PackReport> reports;  // in load order
};

struct ContentSources {
    bool builtIn = true;
    QStringList folders;  // extra packs, in load order
};

QString builtInPackFolder();

// Every entry under `packs/` in the app data location that may be meant as a pack, in name order:
// folders, links and anything else that is not a regular file (so a pipe or a link that leads
// nowhere is reported by name rather than skipped). When `packs` itself cannot be listed, it is
// the one entry, so loading it says why.
QStringList userPackFolders();

// Loads the built-in pack first and then each folder. A pack with errors is left out as a whole
// and the rest still load. A pack that carries the built-in pack's id replaces it, so content
// authors can run the app on their working copy of content/; when that pack has errors, the
// built-in pack stays and the pack's report says so. Translation packs, wherever they
// are in the list, are checked once every content pack is in, and applied for
// `language` ("de", "de-AT" or QLocale::name()'s "de_AT"); with no language the texts stay as
// the content packs give them. Reports stay in the order of the folders.
LoadedContent loadContent(const ContentSources& sources, const QString& language = QString());

// Checks one pack as the app would load it: on top of the built-in pack (so it may use the
// built-in regions and strokes, and a translation pack is checked against the built-in
// content), or alone when it is a copy of the built-in pack.
PackReport validatePack(const QString& folder);

}  // namespace legease::core

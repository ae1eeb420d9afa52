#pragma once

#include "core/content/content_loader.h"
#include "core/content/own_pack.h"

#include <QObject>
#include <QString>

#include <optional>

namespace legease::core {

// The content the app shows, loaded from its sources and loaded again when the person's own
// routines change (a save, an import, a delete), so every view sees the same library.
//
// content() and library() stay the same objects for the store's whole life: a reload replaces
// what they hold in place. Views may keep references to them, but nothing that points inside
// (an item, an index into a list) past reloaded(), when they look again.
class ContentStore : public QObject {
    Q_OBJECT

public:
    // Loads nothing yet; load() does.
    explicit ContentStore(QObject* parent = nullptr);
    // Loads `sources`, then the person's own pack in `ownFolder` when it exists and is not
    // among them already (it only exists from the first save); `language` as loadContent takes it.
    ContentStore(ContentSources sources, const QString& ownFolder, QString language = QString(), QObject* parent = nullptr);
    // Shows `content` as it is, for screenshots and views that never change it: reload() keeps
    // it, and there is no own pack to save to.
    explicit ContentStore(LoadedContent content, QObject* parent = nullptr);

    void load(ContentSources sources, const QString& ownFolder, QString language = QString());

    const LoadedContent& content() const { return m_content; }
    const ContentLibrary& library() const { return m_content.library; }
    const OwnPack& ownPack() const { return m_ownPack; }
    // How the own pack loaded; nullptr before its folder exists.
    const PackReport* ownPackReport() const;

    // Reads every pack again and says so with reloaded().
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    LoadedContent read() const;

    std::optional<ContentSources> m_sources;  // none: fixed content
    OwnPack m_ownPack;
    QString m_language;
    LoadedContent m_content;
};

}  // namespace legease::core

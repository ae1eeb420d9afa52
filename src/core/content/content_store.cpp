#include "core/content/content_store.h"

#include <QFileInfo>

#include <algorithm>

namespace legease::core {

ContentStore::ContentStore(QObject* parent)
    : QObject(parent)
{
}

ContentStore::ContentStore(ContentSources sources, const QString& ownFolder, QString language, QObject* parent)
    : QObject(parent)
{
    load(std::move(sources), ownFolder, std::move(language));
}

ContentStore::ContentStore(LoadedContent content, QObject* parent)
    : QObject(parent)
    , m_content(std::move(content))
{
}

void ContentStore::load(ContentSources sources, const QString& ownFolder, QString language)
{
    m_sources = std::move(sources);
    m_ownPack = OwnPack(ownFolder);
    m_language = std::move(language);
    m_content = read();
}

LoadedContent ContentStore::read() const
{
    ContentSources sources = *m_sources;
    if (m_ownPack.isValid() && QFileInfo(m_ownPack.folder()).isDir()) {
        const bool listed = std::any_of(sources.folders.begin(), sources.folders.end(),
            [this](const QString& folder) { return m_ownPack.isFolder(folder); });
        if (!listed)
            sources.folders << m_ownPack.folder();
    }
    return loadContent(sources, m_language);
}

const PackReport* ContentStore::ownPackReport() const
{
    for (const PackReport& report : m_content.reports)
        if (m_ownPack.isFolder(report.folder))
            return &report;
    return nullptr;
}

void ContentStore::reload()
{
    // Assigned in place: the LoadedContent and its library stay the objects views refer to.
    if (m_sources)
        m_content = read();
    Q_EMIT reloaded();
}

}  // namespace legease::core

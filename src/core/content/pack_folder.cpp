#include "core/content/pack_folder.h"

#include <QDir>
#include <QFileInfo>

namespace legease::core {

PackFolder::PackFolder(QString root)
    : m_root(std::move(root))
    , m_isResource(m_root.startsWith(QLatin1Char(':')))
{
    if (!m_isResource)
        m_canonicalRootWithSlash = QFileInfo(m_root).canonicalFilePath() + QLatin1Char('/');
}

QString PackFolder::filePath(const QString& relative) const
{
    return QDir(m_root).filePath(relative);
}

bool PackFolder::staysInside(const QString& relative) const
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative.contains(QLatin1Char('\\'))
        || relative.contains(QLatin1Char(':')))
        return false;
    const QString clean = QDir::cleanPath(relative);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return false;
    if (m_isResource)
        return true;
    // Without a link on the way, a clean relative path cannot leave the folder, so the costly
    // resolution is only needed when one of its parts is a link.
    QString partial = m_root;
    for (const QString& part : clean.split(QLatin1Char('/'))) {
        partial += QLatin1Char('/') + part;
        if (QFileInfo(partial).isSymLink())
            return linkStaysInside(clean);
    }
    return true;
}

bool PackFolder::linkStaysInside(const QString& relative) const
{
    if (m_isResource)
        return true;
    const QFileInfo target(filePath(relative));
    if (!target.exists())
        return true;  // nothing to follow; the caller reports the missing file
    return target.canonicalFilePath().startsWith(m_canonicalRootWithSlash);
}

}  // namespace legease::core

#pragma once

#include <QString>

namespace legease::core {

// The folder a pack is read from, and the rule that nothing a pack names may lead out of it.
// Safe to use from several threads at once: it holds no state that changes after construction.
class PackFolder {
public:
    // `root` is a folder on disk, or ":/content" for the built-in pack.
    explicit PackFolder(QString root);

    const QString& root() const { return m_root; }
    bool isResource() const { return m_isResource; }
    QString filePath(const QString& relative) const;

    // True when `relative` stays inside the pack: not absolute, no scheme or drive, no ".." that
    // climbs out, and (on disk) no symbolic link that leads elsewhere. A path that does not exist
    // stays inside (there is nothing to follow); callers report missing files themselves.
    bool staysInside(const QString& relative) const;

    // The last part of staysInside for a path known to be well-formed and to go through a
    // symbolic link: does the file it finally names lie inside the pack?
    bool linkStaysInside(const QString& relative) const;

private:
    QString m_root;
    bool m_isResource = false;
    // Resolved once per pack rather than once per file: resolving walks every folder of the
    // path with readlink, and a pack may hold thousands of files.
    QString m_canonicalRootWithSlash;
};

}  // namespace legease::core

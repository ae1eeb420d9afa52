#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QUrl>

// The one rule for images in a pack, applied alike by the validator and by the article view
// (which loads images only through readPackImage): an image is a path relative to the root of
// the pack that gives it, leading to a regular file inside that pack, of at most kMaxImageBytes,
// in PNG, JPEG or GIF, of at most kMaxImageSide pixels each way. Nothing else is ever read: no
// absolute path, no "..", no URL with a scheme (file:, http:, data:, qrc:), no link out of the
// pack, no pipe or device. A translation pack's articles resolve against its own root.
namespace legease::core {

inline constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;
inline constexpr int kMaxImageSide = 2048;

struct PackImage {
    QByteArray bytes;
    QByteArray format;  // "png", "jpeg" or "gif", from the file's first bytes
    QSize size;         // in pixels, from the file's header
    QString problem;    // why the image is refused, "expected ..., found ..."; empty when it is not

    bool isValid() const { return problem.isEmpty(); }
};

// The image at `relativePath` (an `image` field: a plain path) in the pack at `packRoot`.
PackImage readPackImage(const QString& packRoot, const QString& relativePath);

// The image an article names as `reference` (a Markdown destination, read as a URL the way
// QTextDocument reads it: relative, percent-encoding allowed, nothing else).
PackImage readPackImage(const QString& packRoot, const QUrl& reference);

}  // namespace legease::core

#include "core/content/pack_image.h"

#include "core/content/pack_file.h"
#include "core/content/pack_folder.h"

namespace legease::core {
namespace {

PackImage refused(const QString& problem)
{
    PackImage image;
    image.problem = problem;
    return image;
}

quint32 bigEndian32(const QByteArray& bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) | (quint32(quint8(bytes[at + 2])) << 8)
        | quint32(quint8(bytes[at + 3]));
}

quint16 bigEndian16(const QByteArray& bytes, qsizetype at)
{
    return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
}

quint16 littleEndian16(const QByteArray& bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

// The size a JPEG's frame header gives, or an empty size when none is found.
QSize jpegSize(const QByteArray& bytes)
{
    qsizetype i = 2;
    while (i + 4 <= bytes.size()) {
        if (quint8(bytes[i]) != 0xFF)
            return {};
        const quint8 marker = quint8(bytes[i + 1]);
        if (marker == 0xFF) {  // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
            i += 2;
            continue;
        }
        const qsizetype length = bigEndian16(bytes, i + 2);
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame && i + 9 <= bytes.size())
            return QSize(bigEndian16(bytes, i + 7), bigEndian16(bytes, i + 5));
        if (length < 2)
            return {};
        i += 2 + length;
    }
    return {};
}

// Reads the format and size from the header; sets the problem when it is not a known image.
void identify(PackImage& image)
{
    const QByteArray& bytes = image.bytes;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.size() >= 24 && bytes.mid(12, 4) == "IHDR") {
        image.format = "png";
        const quint32 width = bigEndian32(bytes, 16);
        const quint32 height = bigEndian32(bytes, 20);
        image.size = QSize(int(std::min<quint32>(width, INT_MAX)), int(std::min<quint32>(height, INT_MAX)));
    } else if (bytes.startsWith("\xFF\xD8\xFF")) {
        image.format = "jpeg";
        image.size = jpegSize(bytes);
    } else if ((bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) && bytes.size() >= 10) {
        image.format = "gif";
        image.size = QSize(littleEndian16(bytes, 6), littleEndian16(bytes, 8));
    } else {
        image.problem = QStringLiteral("expected a PNG, JPEG or GIF image, found something else");
        return;
    }
    if (image.size.isEmpty())
        image.problem = QStringLiteral("expected a %1 image that gives its size, found none").arg(QString::fromLatin1(image.format.toUpper()));
    else if (image.size.width() > kMaxImageSide || image.size.height() > kMaxImageSide)
        image.problem = QStringLiteral("expected at most %1x%1 pixels, found %2x%3")
                            .arg(kMaxImageSide)
                            .arg(image.size.width())
                            .arg(image.size.height());
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
}

}  // namespace

PackImage readPackImage(const QString& packRoot, const QString& relativePath)
{
    const QString outside = QStringLiteral("expected a relative path to a file inside the pack, found \"%1\"").arg(relativePath);
    const PackFolder pack(packRoot);
    if (packRoot.isEmpty() || hasControlCharacter(relativePath) || !pack.staysInside(relativePath))
        return refused(outside);
    const QString path = pack.filePath(relativePath);
    if (entryTypeOf(path) == EntryType::Missing)
        return refused(QStringLiteral("expected a file inside the pack, found nothing at \"%1\"").arg(relativePath));

    PackImage image;
    QString problem;
    auto bytes = readRegularFile(path, kMaxImageBytes, QStringLiteral("2 MiB (%1 bytes)").arg(kMaxImageBytes), Links::Follow, problem);
    if (!bytes)
        return refused(QStringLiteral("image \"%1\": %2").arg(relativePath, problem));
    image.bytes = std::move(*bytes);
    identify(image);
    if (!image.isValid()) {
        image.problem = QStringLiteral("image \"%1\": %2").arg(relativePath, image.problem);
        image.bytes.clear();
    }
    return image;
}

PackImage readPackImage(const QString& packRoot, const QUrl& reference)
{
    const QString written = reference.toString();
    // Only a relative path: no scheme, no host, nothing after '?' or '#'.
    if (!reference.isValid() || !reference.scheme().isEmpty() || !reference.authority().isEmpty() || reference.hasQuery()
        || reference.hasFragment())
        return refused(QStringLiteral("expected a relative path to a file inside the pack, found \"%1\"").arg(written));
    PackImage image = readPackImage(packRoot, reference.path(QUrl::FullyDecoded));
    return image;
}

}  // namespace legease::core

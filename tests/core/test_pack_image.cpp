// The one rule for images, as the validator and the article view both apply it.
#include "core/content/content_loader.h"
#include "core/content/pack_image.h"
#include "support/scratch_pack.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

using namespace legease::core;

namespace {

// The first bytes of a PNG of the given size: all the rule reads besides the length.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (const quint32 value : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((value >> shift) & 0xFF);
    return bytes + QByteArray("\x08\x02\0\0\0", 5);
}

QString problemOf(const QString& root, const QString& reference)
{
    return readPackImage(root, QUrl(reference)).problem;
}

}  // namespace

TEST_CASE("images: a PNG, JPEG or GIF inside the pack is read, with its size")
{
    const PackImage leg = readPackImage(testData(QStringLiteral("packs/pictures")), QUrl(QStringLiteral("images/leg.png")));
    REQUIRE(leg.isValid());
    CHECK(leg.format == "png");
    CHECK(leg.size == QSize(40, 24));
    CHECK(leg.bytes.startsWith("\x89PNG"));

    ScratchPack pack;
    pack.write(QStringLiteral("a b/photo.jpg"), QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
                                                            "\xFF\xC0\0\x11\x08\x01\x2C\x02\x58\x03\x01\x22\0\x02\x11\x01\x03\x11\x01", 40));
    pack.write(QStringLiteral("anim.gif"), QByteArray("GIF89a\x20\x00\x10\x00\0\0\0", 13));
    const PackImage photo = readPackImage(pack.path(), QUrl(QStringLiteral("a%20b/photo.jpg")));
    CHECK(photo.problem.isEmpty());
    CHECK(photo.format == "jpeg");
    CHECK(photo.size == QSize(600, 300));
    CHECK(readPackImage(pack.path(), QStringLiteral("anim.gif")).size == QSize(32, 16));
}

TEST_CASE("images: nothing outside the pack, no URL, no way around it")
{
    const QString root = testData(QStringLiteral("packs/pictures"));
    for (const QString& reference : {QStringLiteral("/etc/passwd"), QStringLiteral("file:///etc/passwd"), QStringLiteral("../small/pack.json"),
             QStringLiteral("images/../../small/pack.json"), QStringLiteral("%2e%2e/small/pack.json"), QStringLiteral("%2Fetc%2Fpasswd"),
             QStringLiteral("https://example.org/leg.png"), QStringLiteral("//example.org/leg.png"), QStringLiteral("data:image/png;base64,iVBO"),
             QStringLiteral("qrc:/content/pack.json"), QStringLiteral(":/content/pack.json"), QStringLiteral("images/leg.png?x=1"),
             QStringLiteral("images/leg.png#part"), QStringLiteral("images\\leg.png"), QStringLiteral("images/leg.png%00.txt"),
             QStringLiteral("C:/leg.png"), QString()}) {
        INFO(reference.toStdString());
        const PackImage image = readPackImage(root, QUrl(reference));
        CHECK_FALSE(image.isValid());
        CHECK(image.bytes.isEmpty());
    }
    CHECK(problemOf(root, QStringLiteral("/etc/passwd"))
        == QStringLiteral("expected a relative path to a file inside the pack, found \"/etc/passwd\""));
    CHECK_FALSE(readPackImage(QString(), QUrl(QStringLiteral("images/leg.png"))).isValid());  // no pack, no image
}

TEST_CASE("images: links inside the pack work, links out of it, pipes and oversized files do not")
{
    ScratchPack pack;
    ScratchPack outside;
    outside.write(QStringLiteral("secret.png"), pngHeader(8, 8));
    pack.write(QStringLiteral("images/real.png"), pngHeader(8, 8));
    REQUIRE(QFile::link(QStringLiteral("real.png"), pack.path(QStringLiteral("images/alias.png"))));
    REQUIRE(QFile::link(outside.path(QStringLiteral("secret.png")), pack.path(QStringLiteral("images/secret.png"))));
    REQUIRE(QFile::link(outside.path(), pack.path(QStringLiteral("elsewhere"))));
    REQUIRE(::mkfifo(QFile::encodeName(pack.path(QStringLiteral("images/pipe.png"))).constData(), 0644) == 0);
    QByteArray big = pngHeader(100, 100);
    big.append(QByteArray(kMaxImageBytes, '\0'));
    pack.write(QStringLiteral("images/big.png"), big);
    pack.write(QStringLiteral("images/huge.png"), pngHeader(3000, 10));
    pack.write(QStringLiteral("images/text.png"), "not an image");

    CHECK(readPackImage(pack.path(), QUrl(QStringLiteral("images/alias.png"))).isValid());
    CHECK(problemOf(pack.path(), QStringLiteral("images/secret.png"))
        == QStringLiteral("expected a relative path to a file inside the pack, found \"images/secret.png\""));
    CHECK(problemOf(pack.path(), QStringLiteral("elsewhere/secret.png"))
        == QStringLiteral("expected a relative path to a file inside the pack, found \"elsewhere/secret.png\""));
    CHECK(problemOf(pack.path(), QStringLiteral("images/pipe.png"))
        == QStringLiteral("image \"images/pipe.png\": expected a regular file, found a named pipe (FIFO)"));
    CHECK(problemOf(pack.path(), QStringLiteral("images/big.png"))
        == QStringLiteral("image \"images/big.png\": expected a file of at most 2 MiB (2097152 bytes), found %1 bytes").arg(big.size()));
    CHECK(problemOf(pack.path(), QStringLiteral("images/huge.png"))
        == QStringLiteral("image \"images/huge.png\": expected at most 2048x2048 pixels, found 3000x10"));
    CHECK(problemOf(pack.path(), QStringLiteral("images/text.png"))
        == QStringLiteral("image \"images/text.png\": expected a PNG, JPEG or GIF image, found something else"));
    CHECK(problemOf(pack.path(), QStringLiteral("images/none.png"))
        == QStringLiteral("expected a file inside the pack, found nothing at \"images/none.png\""));
    CHECK(problemOf(pack.path(), QStringLiteral("images"))
        == QStringLiteral("image \"images\": expected a file, found a folder"));
}

TEST_CASE("images: a pack's own pictures validate, and a translation's are found in the translation pack")
{
    const QString pictures = testData(QStringLiteral("packs/pictures"));
    const QString german = testData(QStringLiteral("packs/pictures-de"));
    const LoadedContent loaded = loadContent({true, {pictures, german}}, QStringLiteral("de"));
    REQUIRE(loaded.reports.size() == 3);
    for (const PackReport& report : loaded.reports) {
        INFO(report.folder.toStdString());
        CHECK(report.problems.empty());
        CHECK(report.loaded);
    }
    CHECK(loaded.library.benefit(QStringLiteral("pictured"))->bodyFolder == pictures);
    CHECK(loaded.library.benefit(QStringLiteral("sleep"))->bodyFolder == german);
    CHECK(loaded.library.benefit(QStringLiteral("sleep"))->title == QStringLiteral("Besser schlafen"));
    CHECK(loaded.library.benefit(QStringLiteral("circulation"))->bodyFolder == builtInPackFolder());

    // In English the German pack's article, and so its folder, is not used.
    const LoadedContent english = loadContent({true, {pictures, german}});
    CHECK(english.library.benefit(QStringLiteral("sleep"))->bodyFolder == builtInPackFolder());
}

#include "core/content/content_loader.h"
#include "support/string_makers.h"
#include "ui/leg_diagram.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

#include <fstream>

using namespace legease;
using core::Leg;
using core::View;

namespace {

struct RegionEntry {
    QString id;
    View view;
};

std::vector<RegionEntry> builtInRegions()
{
    std::ifstream in(LEGEASE_SOURCE_DIR "/content/regions.json");
    const nlohmann::json json = nlohmann::json::parse(in);
    std::vector<RegionEntry> regions;
    for (const auto& region : json.at("regions")) {
        regions.push_back({QString::fromStdString(region.at("id").get<std::string>()),
                           region.at("view").get<std::string>() == "back" ? View::Back : View::Front});
    }
    return regions;
}

// Where an element of the drawing lands in the widget: the drawing keeps its aspect ratio and is
// centred, as the widget paints it.
QPoint centreOf(const ui::LegDiagram& diagram, const QString& elementId)
{
    QSvgRenderer renderer(QStringLiteral(":/diagram/leg_diagram.svg"));
    const QRectF box = renderer.viewBoxF();
    const double scale = std::min(diagram.width() / box.width(), diagram.height() / box.height());
    const QPointF offset((diagram.width() - box.width() * scale) / 2, (diagram.height() - box.height() * scale) / 2);
    const QRectF bounds = renderer.boundsOnElement(elementId);
    return (offset + (bounds.center() - box.topLeft()) * scale).toPoint();
}

}  // namespace

TEST_CASE("the leg diagram draws every built-in region on both legs of its view")
{
    ui::LegDiagram diagram;  // makes sure the diagram's resource is registered
    QSvgRenderer renderer(QStringLiteral(":/diagram/leg_diagram.svg"));
    REQUIRE(renderer.isValid());

    const std::vector<RegionEntry> regions = builtInRegions();
    REQUIRE(regions.size() >= 12);
    for (const RegionEntry& region : regions) {
        const QString view = region.view == View::Front ? QStringLiteral("front") : QStringLiteral("back");
        for (const QString& leg : {QStringLiteral("left"), QStringLiteral("right")}) {
            const QString id = view + QLatin1Char('-') + leg + QLatin1Char('-') + region.id;
            INFO(id.toStdString());
            CHECK(renderer.elementExists(id));
        }
        diagram.highlight(region.id, region.view, Leg::Left);
        CHECK(diagram.highlightedRegion() == region.id);
    }
}

TEST_CASE("the leg diagram remembers what it lights and says it in words")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::LegDiagram diagram(&content.library);  // regions named as the pack names them
    CHECK(diagram.highlightedRegion().isEmpty());
    CHECK(diagram.highlightedLeg() == Leg::Both);
    CHECK(diagram.accessibleName() == QStringLiteral("Leg diagram"));

    diagram.highlight(QStringLiteral("calf"), View::Back, Leg::Left);
    CHECK(diagram.highlightedRegion() == QStringLiteral("calf"));
    CHECK(diagram.highlightedLeg() == Leg::Left);
    CHECK(diagram.accessibleDescription() == QStringLiteral("Calf, left leg, back view"));

    diagram.highlight(QStringLiteral("front-thigh"), View::Front, Leg::Both);
    CHECK(diagram.highlightedRegion() == QStringLiteral("front-thigh"));
    CHECK(diagram.highlightedLeg() == Leg::Both);
    CHECK(diagram.accessibleDescription() == QStringLiteral("Front of the thigh, both legs, front view"));

    SECTION("a region asked for on the wrong view lights where it is drawn")
    {
        diagram.highlight(QStringLiteral("sole"), View::Front, Leg::Right);
        CHECK(diagram.highlightedRegion() == QStringLiteral("sole"));
        CHECK(diagram.accessibleDescription() == QStringLiteral("Sole of the foot, right leg, back view"));
    }
    SECTION("an unknown region lights nothing but still shows the leg")
    {
        diagram.highlight(QStringLiteral("no-such-region"), View::Front, Leg::Right);
        CHECK(diagram.highlightedRegion().isEmpty());
        CHECK(diagram.highlightedLeg() == Leg::Right);
        CHECK(diagram.accessibleDescription() == QStringLiteral("Right leg"));
    }
    SECTION("without a library a region is named by its id")
    {
        ui::LegDiagram plain;
        plain.highlight(QStringLiteral("front-thigh"), View::Front, Leg::Left);
        CHECK(plain.accessibleDescription() == QStringLiteral("front-thigh, left leg, front view"));
    }
    SECTION("clearing lights nothing")
    {
        diagram.clearHighlight();
        CHECK(diagram.highlightedRegion().isEmpty());
        CHECK(diagram.highlightedLeg() == Leg::Both);
    }
}

TEST_CASE("the leg diagram finds the region under a point")
{
    ui::LegDiagram diagram;
    diagram.resize(GENERATE(QSize(360, 300), QSize(720, 600), QSize(500, 200)));
    INFO(diagram.width() << "x" << diagram.height());

    // In the front view the person's left leg is on the viewer's right; from behind it is on
    // the left. Ids say whose leg it is, so the centres below sit where the anatomy puts them.
    const QStringList ids{
        QStringLiteral("front-left-shin"),  QStringLiteral("front-right-shin"),
        QStringLiteral("front-right-front-thigh"), QStringLiteral("front-left-knee"),
        QStringLiteral("front-left-toes"),  QStringLiteral("front-right-hip"),
        QStringLiteral("back-right-calf"),  QStringLiteral("back-left-calf"),
        QStringLiteral("back-left-glute"),  QStringLiteral("back-right-back-thigh"),
        QStringLiteral("back-right-sole"),
    };
    for (const QString& id : ids) {
        INFO(id.toStdString());
        CHECK(diagram.regionAt(centreOf(diagram, id)) == id.section(QLatin1Char('-'), 2));
    }
    const QPoint frontLeftShin = centreOf(diagram, QStringLiteral("front-left-shin"));
    const QPoint frontRightShin = centreOf(diagram, QStringLiteral("front-right-shin"));
    CHECK(frontLeftShin.x() > frontRightShin.x());
    const QPoint backLeftCalf = centreOf(diagram, QStringLiteral("back-left-calf"));
    const QPoint backRightCalf = centreOf(diagram, QStringLiteral("back-right-calf"));
    CHECK(backLeftCalf.x() < backRightCalf.x());

    CHECK(diagram.regionAt(QPoint(1, 1)).isEmpty());
    CHECK(diagram.regionAt((frontLeftShin + frontRightShin) / 2).isEmpty());  // between the legs
    CHECK(diagram.regionAt(QPoint(-5, 10)).isEmpty());
    CHECK(diagram.regionAt(QPoint(diagram.width() + 5, 10)).isEmpty());
}

TEST_CASE("a click on the leg diagram names the region when it is clickable")
{
    ui::LegDiagram diagram;
    diagram.resize(360, 300);
    diagram.show();
    REQUIRE(QTest::qWaitForWindowExposed(&diagram));
    QSignalSpy clicked(&diagram, &ui::LegDiagram::regionClicked);
    const QPoint calf = centreOf(diagram, QStringLiteral("back-right-calf"));

    QTest::mouseClick(&diagram, Qt::LeftButton, {}, calf);
    CHECK(clicked.isEmpty());  // not clickable by default

    diagram.setClickable(true);
    QTest::mouseClick(&diagram, Qt::LeftButton, {}, calf);
    REQUIRE(clicked.size() == 1);
    CHECK(clicked.at(0).at(0).toString() == QStringLiteral("calf"));

    QTest::mouseClick(&diagram, Qt::LeftButton, {}, QPoint(2, 2));
    CHECK(clicked.size() == 1);  // nothing there

    QTest::mouseMove(&diagram, calf);
    CHECK(diagram.cursor().shape() == Qt::PointingHandCursor);
    QTest::mouseMove(&diagram, QPoint(2, 2));
    CHECK(diagram.cursor().shape() == Qt::ArrowCursor);
}

TEST_CASE("the leg diagram really changes its pixels for a new highlight")
{
    ui::LegDiagram diagram;
    diagram.resize(360, 300);
    const QPoint calf = centreOf(diagram, QStringLiteral("back-left-calf"));
    const QColor accent = diagram.palette().color(QPalette::Active, QPalette::Highlight);

    diagram.highlight(QStringLiteral("calf"), View::Back, Leg::Left);
    const QImage calfLit = diagram.grab().toImage();
    CHECK(QColor(calfLit.pixel(calf)) == accent);

    diagram.highlight(QStringLiteral("shin"), View::Front, Leg::Right);
    const QImage shinLit = diagram.grab().toImage();
    CHECK(shinLit != calfLit);
    CHECK(QColor(shinLit.pixel(calf)) != accent);
    CHECK(QColor(shinLit.pixel(centreOf(diagram, QStringLiteral("front-right-shin")))) == accent);
}

TEST_CASE("the leg diagram follows the palette")
{
    ui::LegDiagram diagram;
    diagram.resize(360, 300);
    diagram.highlight(QStringLiteral("calf"), View::Back, Leg::Right);
    const QPoint calf = centreOf(diagram, QStringLiteral("back-right-calf"));
    const QPoint thigh = centreOf(diagram, QStringLiteral("back-right-back-thigh"));
    const QColor lightSkin = QColor(diagram.grab().toImage().pixel(thigh));

    QPalette dark = diagram.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x22));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Highlight, QColor(0x00, 0xa0, 0x60));  // all colour groups
    diagram.setPalette(dark);
    const QImage image = diagram.grab().toImage();
    CHECK(QColor(image.pixel(calf)) == QColor(0x00, 0xa0, 0x60));
    const QColor darkSkin = QColor(image.pixel(thigh));
    CHECK(darkSkin != lightSkin);
    CHECK(darkSkin.lightnessF() > 0.125);  // still stands apart from the dark background
}

#include "ui/leg_diagram.h"

#include "ui/color_mix.h"
#include "ui/content_words.h"
#include "ui/motion/motion_painter.h"
#include "ui/motion/svg_path.h"

#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

// The diagram lives in a static library: nothing would pull its resource in without this, and the
// macro has to be used outside any namespace.
static void initDiagramResource()
{
    Q_INIT_RESOURCE(diagram);
}

namespace legease::ui {

namespace {

const QString diagramPath = QStringLiteral(":/diagram/leg_diagram.svg");

QString viewName(core::View view)
{
    return view == core::View::Front ? QStringLiteral("front") : QStringLiteral("back");
}

QString legName(core::Leg leg)
{
    return leg == core::Leg::Right ? QStringLiteral("right") : QStringLiteral("left");
}

QString elementId(core::View view, core::Leg leg, const QString& region)
{
    return viewName(view) + QLatin1Char('-') + legName(leg) + QLatin1Char('-') + region;
}

void collect(const QDomElement& element, QHash<QString, QDomElement>& byId,
             QHash<QString, QList<QDomElement>>& byClass)
{
    const QString id = element.attribute(QStringLiteral("id"));
    if (!id.isEmpty())
        byId.insert(id, element);
    const QString cls = element.attribute(QStringLiteral("class"));
    if (!cls.isEmpty())
        byClass[cls].append(element);
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement())
        collect(child, byId, byClass);
}

void setText(QDomElement element, const QString& text)
{
    if (element.isNull())
        return;
    while (element.hasChildNodes())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}

// Colour of the n-th shape in the hit map. Antialiased seams blend two neighbours, so the colours
// are scattered in all three channels: a blend of two of them practically never equals a third,
// as it would with consecutive values. Distinct for up to 256 shapes (73 is odd).
QRgb hitColour(int index)
{
    return qRgb((index * 73 + 41) % 256, (index * 151 + 89) % 256, (index * 199 + 17) % 256);
}

constexpr double dimmedOpacity = 0.4;

}  // namespace

LegDiagram::LegDiagram(const core::ContentLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_renderer(std::make_unique<QSvgRenderer>())
    , m_motionPainter(std::make_unique<MotionPainter>())
{
    initDiagramResource();

    QFile file(diagramPath);
    if (file.open(QIODevice::ReadOnly))
        m_document.setContent(&file);
    // A missing or broken drawing is a build mistake; the widget then stays empty rather than
    // taking the session down with it.
    Q_ASSERT(!m_document.isNull());

    QHash<QString, QList<QDomElement>> byClass;
    collect(m_document.documentElement(), m_elements, byClass);
    m_regions = byClass.value(QStringLiteral("region"));
    m_outlines = byClass.value(QStringLiteral("outline"));
    m_details = byClass.value(QStringLiteral("detail"));

    // The hit map: the same shapes, each in its own flat colour, nothing else drawn on top.
    QDomDocument hit = m_document.cloneNode(true).toDocument();
    QHash<QString, QDomElement> hitById;
    QHash<QString, QList<QDomElement>> hitByClass;
    collect(hit.documentElement(), hitById, hitByClass);
    for (const QString& cls : {QStringLiteral("outline"), QStringLiteral("detail"), QStringLiteral("label")}) {
        for (QDomElement& element : hitByClass[cls])
            element.parentNode().removeChild(element);
    }
    const QList<QDomElement> hitRegions = hitByClass.value(QStringLiteral("region"));
    for (int i = 0; i < hitRegions.size(); ++i) {
        QDomElement element = hitRegions[i];
        // "<view>-<leg>-<region>": the region id is everything after the second dash.
        m_hitRegions.insert(hitColour(i), element.attribute(QStringLiteral("id")).section(QLatin1Char('-'), 2));
        element.setAttribute(QStringLiteral("fill"), QColor(hitColour(i)).name());
        element.setAttribute(QStringLiteral("stroke"), QStringLiteral("none"));
    }
    m_hitSvg = hit.toByteArray(-1);

    setAccessibleName(tr("Leg diagram"));
    setAttribute(Qt::WA_OpaquePaintEvent);  // the cached drawing covers every pixel
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    restyle();
    updateAccessibleDescription();
}

LegDiagram::~LegDiagram() = default;

void LegDiagram::highlight(const QString& regionId, core::View view, core::Leg leg)
{
    // A region asked for on a view where it is not drawn (a pack putting the calf on the front,
    // say) still lights up where it is drawn.
    const core::Leg probe = leg == core::Leg::Both ? core::Leg::Left : leg;
    const core::View other = view == core::View::Front ? core::View::Back : core::View::Front;
    QString lit;
    core::View litView = view;
    if (!regionId.isEmpty() && m_elements.contains(elementId(view, probe, regionId))) {
        lit = regionId;
    } else if (!regionId.isEmpty() && m_elements.contains(elementId(other, probe, regionId))) {
        lit = regionId;
        litView = other;
    }
    if (lit.isEmpty())
        litView = core::View::Front;

    if (lit == m_region && litView == m_litView && leg == m_leg)
        return;  // nothing changes, so nothing repaints
    m_region = lit;
    m_litView = litView;
    m_leg = leg;
    updateMotionGeometry();
    restyle();
    updateAccessibleDescription();
}

void LegDiagram::clearHighlight()
{
    highlight(QString(), core::View::Front, core::Leg::Both);
}

QString LegDiagram::highlightedRegion() const
{
    return m_region;
}

core::Leg LegDiagram::highlightedLeg() const
{
    return m_leg;
}

void LegDiagram::restyle()
{
    // Active colours always: the window is often in the background while someone massages, and
    // an inactive highlight turns grey in many styles.
    const QPalette& pal = palette();
    const QColor background = pal.color(QPalette::Active, QPalette::Window);
    const QColor ink = pal.color(QPalette::Active, QPalette::WindowText);
    // A faintly warm neutral, close to the background so the lit region is what stands out. On a
    // dark background it has to sit further from it, or the dimmed leg looks the same.
    const bool dark = ink.lightnessF() > background.lightnessF();
    const QColor skin = mix(mix(background, ink, dark ? 0.24 : 0.14), QColor(0xc8, 0xa0, 0x82), dark ? 0.1 : 0.16);
    const QColor seam = mix(skin, ink, 0.24);
    const QColor outline = mix(background, ink, 0.6);
    const QColor detail = mix(skin, ink, 0.24);
    const QColor lit = pal.color(QPalette::Active, QPalette::Highlight);
    const QColor litSeam = mix(lit, ink, 0.35);

    QStringList litIds;
    if (!m_region.isEmpty()) {
        if (m_leg != core::Leg::Right)
            litIds.append(elementId(m_litView, core::Leg::Left, m_region));
        if (m_leg != core::Leg::Left)
            litIds.append(elementId(m_litView, core::Leg::Right, m_region));
    }

    for (QDomElement& element : m_regions) {
        const bool isLit = litIds.contains(element.attribute(QStringLiteral("id")));
        element.setAttribute(QStringLiteral("fill"), (isLit ? lit : skin).name());
        element.setAttribute(QStringLiteral("stroke"), (isLit ? litSeam : seam).name());
        if (isLit) {
            // Last of the regions of its leg, so its whole edge shows rather than the neighbours'
            // seams drawn over half of it. The outline and details still go on top.
            QDomNode group = element.parentNode();
            QDomElement after = element.nextSiblingElement();
            while (!after.isNull() && after.attribute(QStringLiteral("class")) == QLatin1String("region"))
                after = after.nextSiblingElement();
            if (after.isNull())
                group.appendChild(element);
            else
                group.insertBefore(element, after);
        }
    }
    for (QDomElement& element : m_outlines)
        element.setAttribute(QStringLiteral("stroke"), outline.name());
    for (QDomElement& element : m_details)
        element.setAttribute(QStringLiteral("stroke"), detail.name());

    for (const core::View view : {core::View::Front, core::View::Back}) {
        for (const core::Leg leg : {core::Leg::Left, core::Leg::Right}) {
            QDomElement group = m_elements.value(QStringLiteral("leg-") + viewName(view) + QLatin1Char('-') + legName(leg));
            const bool dimmed = m_leg != core::Leg::Both && m_leg != leg;
            group.setAttribute(QStringLiteral("opacity"), dimmed ? QString::number(dimmedOpacity) : QStringLiteral("1"));
        }
    }

    // Labels are set here rather than left in the file so that they follow translations and the
    // palette's text colour.
    const std::array<std::pair<const char*, QString>, 6> labels{{
        {"label-front", tr("Front")},
        {"label-back", tr("Back")},
        {"label-front-left", tr("Left")},
        {"label-front-right", tr("Right")},
        {"label-back-left", tr("Left")},
        {"label-back-right", tr("Right")},
    }};
    for (const auto& [id, text] : labels) {
        QDomElement label = m_elements.value(QLatin1String(id));
        setText(label, text);
        label.setAttribute(QStringLiteral("fill"), ink.name());
        // A close-up of one region shows parts of labels at best.
        label.setAttribute(QStringLiteral("display"), m_zoomed ? QStringLiteral("none") : QStringLiteral("inline"));
    }

    m_renderer->load(m_document.toByteArray(-1));
    applyZoom();
    m_cache = QPixmap();
    m_motionPainter->reset();
    update();
}

void LegDiagram::updateAccessibleDescription()
{
    QString legWords;
    switch (m_leg) {
    case core::Leg::Left: legWords = tr("left leg"); break;
    case core::Leg::Right: legWords = tr("right leg"); break;
    case core::Leg::Both: legWords = tr("both legs"); break;
    }
    if (!m_region.isEmpty()) {
        const QString viewWords = m_litView == core::View::Front ? tr("front view") : tr("back view");
        setAccessibleDescription(tr("%1, %2, %3").arg(m_library ? regionName(*m_library, m_region) : m_region, legWords, viewWords));
    } else if (m_leg != core::Leg::Both) {
        legWords[0] = legWords[0].toUpper();
        setAccessibleDescription(legWords);
    } else {
        setAccessibleDescription(tr("Nothing highlighted"));
    }
}

QRectF LegDiagram::drawingRect() const
{
    const QRectF area = contentsRect();
    QSizeF size = m_renderer->viewBoxF().size();
    if (size.isEmpty() || area.isEmpty())
        return {};
    size.scale(area.size(), Qt::KeepAspectRatio);
    QRectF rect(QPointF(), size);
    rect.moveCenter(area.center());
    return rect;
}

void LegDiagram::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (pixels.isEmpty())
        return;
    if (m_cache.size() != pixels) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(ratio);
        // Opaque, in the background's colour: a moving stroke repaints the diagram alone, never
        // the widgets behind it.
        m_cache.fill(palette().color(QPalette::Active, backgroundRole()));
        QPainter cachePainter(&m_cache);
        m_renderer->render(&cachePainter, drawingRect());
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);

    if (!m_motionFrames.empty())
        m_motionPainter->paint(painter, m_motionFrames, [this](core::Leg leg) { return regionFrame(leg); },
            drawingTransform(), ratio, motionColours(palette()));
    if (hasFocus() && m_clickable && !m_keyboardRegion.isEmpty()) {
        // The region the keyboard is on, ringed as focus is everywhere else.
        const QRectF ring = regionBounds(m_keyboardRegion).adjusted(-4, -4, 4, 4);
        QPen pen(palette().color(QPalette::Active, QPalette::Highlight), 2, Qt::DashLine);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(ring, 6, 6);
    }
}

QRectF LegDiagram::regionBounds(const QString& regionId) const
{
    for (const core::View view : {core::View::Front, core::View::Back}) {
        const QString id = elementId(view, core::Leg::Left, regionId);
        if (!m_elements.contains(id))
            continue;
        const QRectF box = m_renderer->viewBoxF();
        const QRectF target = drawingRect();
        if (box.isEmpty() || target.isEmpty())
            return {};
        const qreal scale = target.width() / box.width();
        const QRectF bounds = m_renderer->transformForElement(id).mapRect(m_renderer->boundsOnElement(id));
        return QRectF(target.topLeft() + (bounds.topLeft() - box.topLeft()) * scale, bounds.size() * scale);
    }
    return {};
}

// The regions in the order people meet them: as the library lists them (foot to hip), else as
// the drawing has them; each once, whichever view shows it.
QStringList LegDiagram::keyboardOrder() const
{
    QStringList order;
    const auto add = [&](const QString& region) {
        if (!order.contains(region) && !regionBounds(region).isEmpty())
            order << region;
    };
    if (m_library)
        for (const core::Region& region : m_library->regions())
            add(region.id);
    for (const QDomElement& element : m_regions)
        add(element.attribute(QStringLiteral("id")).section(QLatin1Char('-'), 2));
    return order;
}

void LegDiagram::moveKeyboardRegion(const QString& regionId)
{
    if (regionId.isEmpty() || regionId == m_keyboardRegion)
        return;
    m_keyboardRegion = regionId;
    // Screen readers say the name of the focused object when it changes.
    setAccessibleName(tr("Leg map: %1").arg(m_library ? regionName(*m_library, regionId) : regionId));
    update();
}

void LegDiagram::keyPressEvent(QKeyEvent* event)
{
    const QStringList order = m_clickable ? keyboardOrder() : QStringList();
    if (order.isEmpty())
        return QWidget::keyPressEvent(event);
    const int at = std::max<int>(0, int(order.indexOf(m_keyboardRegion)));
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveKeyboardRegion(order.value(std::min<int>(at + 1, int(order.size()) - 1)));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveKeyboardRegion(order.value(std::max(at - 1, 0)));
        break;
    case Qt::Key_Home:
        moveKeyboardRegion(order.front());
        break;
    case Qt::Key_End:
        moveKeyboardRegion(order.back());
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_keyboardRegion.isEmpty())
            Q_EMIT regionClicked(m_keyboardRegion);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void LegDiagram::focusInEvent(QFocusEvent* event)
{
    if (m_clickable && m_keyboardRegion.isEmpty()) {
        const QStringList order = keyboardOrder();
        moveKeyboardRegion(m_region.isEmpty() ? order.value(0) : m_region);
    }
    update();
    QWidget::focusInEvent(event);
}

void LegDiagram::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void LegDiagram::resizeEvent(QResizeEvent* event)
{
    m_cache = QPixmap();
    m_motionPainter->reset();
    m_hitMap = QImage();
    applyZoom();
    QWidget::resizeEvent(event);
}

void LegDiagram::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::LanguageChange:
        restyle();
        if (event->type() == QEvent::LanguageChange)
            updateAccessibleDescription();
        break;
    case QEvent::ContentsRectChange:
        m_cache = QPixmap();
        m_motionPainter->reset();
        m_hitMap = QImage();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void LegDiagram::ensureHitMap() const
{
    if (m_hitMap.size() == size() || size().isEmpty())
        return;
    m_hitMap = QImage(size(), QImage::Format_ARGB32);
    m_hitMap.fill(Qt::transparent);
    QSvgRenderer renderer(m_hitSvg);
    renderer.setViewBox(m_renderer->viewBoxF());  // zoomed or not, as drawn
    QPainter painter(&m_hitMap);
    renderer.render(&painter, drawingRect());
}

QString LegDiagram::regionAt(const QPoint& position) const
{
    if (!rect().contains(position) || m_hitRegions.isEmpty())
        return {};
    ensureHitMap();

    // Shapes are drawn antialiased, so edge pixels are blends. Outside the legs the map is
    // transparent; on a seam the nearest pixel that is wholly one region decides.
    if (qAlpha(m_hitMap.pixel(position)) < 128)
        return {};
    for (int radius = 0; radius <= 2; ++radius) {
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != radius)
                    continue;
                const QPoint p = position + QPoint(dx, dy);
                if (!m_hitMap.valid(p))
                    continue;
                const QRgb colour = m_hitMap.pixel(p);
                if (qAlpha(colour) == 255) {
                    const auto found = m_hitRegions.constFind(colour);
                    if (found != m_hitRegions.constEnd())
                        return *found;
                }
            }
        }
    }
    return {};
}

void LegDiagram::setClickable(bool clickable)
{
    if (m_clickable == clickable)
        return;
    m_clickable = clickable;
    setMouseTracking(clickable);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setAccessibleName(clickable ? tr("Leg map") : tr("Leg diagram"));
    if (!clickable)
        unsetCursor();
}

void LegDiagram::updateCursor(const QPoint& position)
{
    if (m_clickable && !regionAt(position).isEmpty())
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void LegDiagram::mousePressEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton) {
        m_pressedRegion = regionAt(event->position().toPoint());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void LegDiagram::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton) {
        // Only a press and release on the same region count, as with a button.
        const QString region = regionAt(event->position().toPoint());
        const QString pressed = std::exchange(m_pressedRegion, QString());
        if (!region.isEmpty() && region == pressed)
            Q_EMIT regionClicked(region);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void LegDiagram::mouseMoveEvent(QMouseEvent* event)
{
    updateCursor(event->position().toPoint());
    QWidget::mouseMoveEvent(event);
}

void LegDiagram::leaveEvent(QEvent* event)
{
    unsetCursor();
    QWidget::leaveEvent(event);
}

// ---- The stroke's motion on the lit region

void LegDiagram::setMotion(std::optional<core::Motion> motion, core::Direction direction)
{
    if (motion == m_motion && direction == m_direction)
        return;
    m_motion = motion;
    m_direction = direction;
    m_strokes = 0;
    updateMotionFrames();
}

void LegDiagram::setMotionStrokes(double strokes)
{
    m_strokes = strokes;
    if (m_motion && !m_still)
        updateMotionFrames();
}

void LegDiagram::setMotionStill(bool still)
{
    if (still == m_still)
        return;
    m_still = still;
    updateMotionFrames();
}

void LegDiagram::setZoomedToRegion(bool zoomed)
{
    if (zoomed == m_zoomed)
        return;
    m_zoomed = zoomed;
    restyle();  // labels and the view box
    m_hitMap = QImage();
}

void LegDiagram::updateMotionGeometry()
{
    for (const core::Leg leg : {core::Leg::Left, core::Leg::Right}) {
        RegionFrame& frame = m_regionFrames[leg == core::Leg::Left ? 0 : 1];
        frame = RegionFrame();
        if (m_region.isEmpty() || (m_leg != core::Leg::Both && m_leg != leg))
            continue;
        const QDomElement element = m_elements.value(elementId(m_litView, leg, m_region));
        const QPainterPath outline = parseSvgPath(element.attribute(QStringLiteral("d")));
        // In the front view the person's left leg is on the viewer's right, so its outer side is
        // to the right; from behind it is the other way round.
        const bool outerToTheRight = (m_litView == core::View::Front) == (leg == core::Leg::Left);
        frame = RegionFrame(outline, outerToTheRight);
    }
    updateMotionFrames();
}

const RegionFrame* LegDiagram::regionFrame(core::Leg leg) const
{
    if (leg == core::Leg::Both)
        return nullptr;
    return &m_regionFrames[leg == core::Leg::Left ? 0 : 1];
}

void LegDiagram::updateMotionFrames()
{
    std::vector<core::MotionFrame> frames;
    const RegionFrame* shape = nullptr;
    for (const core::Leg leg : {core::Leg::Left, core::Leg::Right})
        if (!regionFrame(leg)->isNull())
            shape = shape ? shape : regionFrame(leg);
    if (m_motion && shape) {
        const core::MotionRequest request{*m_motion, m_direction, m_leg, shape->aspect()};
        frames = m_still ? core::stillFrames(request) : core::motionFrames(request, m_strokes);
    }
    if (frames == m_motionFrames)
        return;  // nothing moved: no repaint
    const QRect before = motionRect();
    m_motionFrames = std::move(frames);
    update(before.united(motionRect()));
}

QTransform LegDiagram::drawingTransform() const
{
    const QRectF box = m_renderer->viewBoxF();
    const QRectF target = drawingRect();
    if (box.isEmpty() || target.isEmpty())
        return {};
    const double scale = target.width() / box.width();
    return QTransform::fromTranslate(target.left(), target.top()).scale(scale, scale).translate(-box.left(), -box.top());
}

QRect LegDiagram::motionRect() const
{
    if (m_motionFrames.empty())
        return {};
    QRectF bounds;
    for (const RegionFrame& frame : m_regionFrames)
        if (!frame.isNull())
            bounds = bounds.united(frame.outline().boundingRect());
    return drawingTransform().mapRect(bounds).toAlignedRect().adjusted(-2, -2, 2, 2);
}

void LegDiagram::applyZoom()
{
    if (!m_zoomed)
        return;
    QRectF bounds;
    for (const RegionFrame& frame : m_regionFrames)
        if (!frame.isNull())
            bounds = bounds.united(frame.outline().boundingRect());
    if (bounds.isEmpty()) {
        m_renderer->setViewBox(QRectF(QPointF(0, 0), m_renderer->defaultSize()));
        return;
    }
    // The region fills nearly three quarters of the picture, with enough of the leg around it to see
    // where it is; the box takes the widget's shape so nothing is squeezed.
    const QSizeF area = contentsRect().size().isEmpty() ? QSizeF(1, 1) : QSizeF(contentsRect().size());
    QSizeF size = bounds.size() / 0.72;
    const double wanted = area.width() / area.height();
    if (size.width() / size.height() < wanted)
        size.setWidth(size.height() * wanted);
    else
        size.setHeight(size.width() / wanted);
    QRectF box(QPointF(), size);
    box.moveCenter(bounds.center());
    m_renderer->setViewBox(box);
    m_cache = QPixmap();
    m_motionPainter->reset();
}

QPainterPath LegDiagram::litOutline(core::Leg leg) const
{
    const RegionFrame* frame = regionFrame(leg);
    if (!frame || frame->isNull())
        return {};
    return drawingTransform().map(frame->outline());
}

QList<QPointF> LegDiagram::motionPoints(core::Leg leg) const
{
    QList<QPointF> points;
    const RegionFrame* region = regionFrame(leg);
    if (!region || region->isNull())
        return points;
    const QTransform transform = drawingTransform();
    for (const core::MotionFrame& frame : m_motionFrames) {
        if (frame.leg != leg)
            continue;
        for (const core::MotionMark& mark : frame.marks)
            if (mark.opacity > 0.005)
                points << transform.map(region->map(mark.at));
        for (const core::MotionLine& line : frame.lines)
            for (const core::MotionPoint& point : line.points)
                points << transform.map(region->map(point));
    }
    return points;
}

QSize LegDiagram::sizeHint() const
{
    return {360, 300};
}

QSize LegDiagram::minimumSizeHint() const
{
    return {180, 150};
}

}  // namespace legease::ui

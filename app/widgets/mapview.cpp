#include "mapview.h"

#include "mapexport.h"

#include "mapfeature.h"
#include "resources.h"
#include "topojsonreader.h"

#include <QFileInfo>
#include <QFocusEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

namespace {

constexpr double dragThreshold = 4.0; // pixels before a press becomes a pan
constexpr double keyPanStep = 60.0;   // pixels per arrow key
constexpr double wheelZoomStep = 0.5; // zoom levels per wheel notch

} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_viewport = Geo::Viewport::conflictZone(QSizeF(sizeHint()));
}

MapView::~MapView() = default;

QSize MapView::sizeHint() const
{
    return {800, 600};
}

bool MapView::loadBasemap()
{
    Resources::initialize();
    Geo::TopoJsonResult result = Geo::TopoJsonReader::readFile(Resources::basemapPath());
    if (!result.ok()) {
        m_errorString = result.error;
        return false;
    }
    setCountries(std::move(result.countries));
    // Front lines, the Aras and the former NKAO: optional data.
    Geo::MapFeatureResult features =
        Geo::MapFeatureReader::readFile(u":/geo/conflict-features.json"_s);
    if (features.ok())
        m_renderer.setFeatures(std::move(features.features));
    return true;
}

void MapView::setCountries(QList<Geo::CountryShape> countries)
{
    m_renderer.setCountries(std::move(countries));
    update();
}

void MapView::setCountryNames(QHash<QString, QString> namesById)
{
    m_renderer.setCountryNames(std::move(namesById));
    update();
}

void MapView::setMarkers(QList<Render::MapMarker> markers)
{
    m_renderer.setMarkers(std::move(markers));
    update();
}

const QList<Render::MapMarker> &MapView::markers() const
{
    return m_renderer.markers();
}

void MapView::setViewport(const Geo::Viewport &viewport)
{
    m_viewportSet = true;
    Geo::Viewport resized = viewport;
    resized.setSize(QSizeF(size()));
    changeViewport(resized);
}

void MapView::changeViewport(const Geo::Viewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    Q_EMIT viewportChanged();
}

void MapView::fitAll()
{
    QList<QPointF> points;
    for (const Render::MapMarker &marker : m_renderer.markers())
        points.append(QPointF(marker.lon, marker.lat));
    m_viewportSet = true;
    // Room around the points for the markers and their labels.
    changeViewport(Geo::Viewport::fit(points, QSizeF(size()), 80.0));
}

void MapView::showConflictZone()
{
    m_viewportSet = true;
    changeViewport(Geo::Viewport::conflictZone(QSizeF(size())));
}

void MapView::centreOn(double lon, double lat, double minZoom)
{
    Geo::Viewport viewport = m_viewport;
    viewport.setCentre(QPointF(lon, lat));
    viewport.setZoom(std::max(viewport.zoom(), minZoom));
    m_viewportSet = true;
    changeViewport(viewport);
}

void MapView::ensureVisible(double lon, double lat, double marginPixels)
{
    const QPointF pixel = m_viewport.toPixel(QPointF(lon, lat));
    const QSizeF size = m_viewport.size();
    const double margin = std::min({marginPixels, size.width() / 2.0, size.height() / 2.0});
    const double x = std::clamp(pixel.x(), margin, size.width() - margin);
    const double y = std::clamp(pixel.y(), margin, size.height() - margin);
    if (QPointF(x, y) == pixel)
        return;
    Geo::Viewport viewport = m_viewport;
    viewport.panBy(QPointF(x, y) - pixel);
    m_viewportSet = true;
    changeViewport(viewport);
}

void MapView::setFocusedMarker(const QString &id)
{
    if (id == m_focusId)
        return;
    m_focusId = id;
    update();
}

QStringList MapView::drawnIds() const
{
    QStringList ids;
    for (const Render::DrawnMarker &drawn : m_renderer.drawnMarkers(m_viewport))
        ids.append(m_renderer.markers().at(drawn.index).id);
    return ids;
}

QString MapView::neighbour(double dx, double dy) const
{
    const QList<Render::DrawnMarker> drawn = m_renderer.drawnMarkers(m_viewport);
    QPointF origin(width() / 2.0, height() / 2.0);
    for (const Render::DrawnMarker &marker : drawn) {
        for (const qsizetype member : marker.members) {
            if (m_renderer.markers().at(member).id == m_focusId)
                origin = marker.centre;
        }
    }
    QString best;
    double bestScore = 0.0;
    for (const Render::DrawnMarker &marker : drawn) {
        const QString id = m_renderer.markers().at(marker.index).id;
        const QPointF d = marker.centre - origin;
        const double along = d.x() * dx + d.y() * dy;
        const double across = std::abs(d.x() * dy - d.y() * dx);
        // Within about 60 degrees of the arrow; what lies straight ahead
        // wins (sideways distance counts double).
        if (id == m_focusId || along <= 0.5 || along < 0.5 * across)
            continue;
        const double score = along + 2.0 * across;
        if (best.isEmpty() || score < bestScore) {
            best = id;
            bestScore = score;
        }
    }
    return best;
}

void MapView::focusInEvent(QFocusEvent *event)
{
    const QStringList ids = drawnIds();
    if (!ids.isEmpty() && !ids.contains(m_focusId))
        m_focusId = event->reason() == Qt::BacktabFocusReason ? ids.last() : ids.first();
    QWidget::focusInEvent(event);
    update();
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool MapView::focusNextPrevChild(bool next)
{
    // Tab walks the markers, then leaves the map.
    if (hasFocus()) {
        const QStringList ids = drawnIds();
        const qsizetype at = ids.indexOf(m_focusId);
        const qsizetype to = at < 0 ? (next ? 0 : ids.size() - 1) : at + (next ? 1 : -1);
        if (to >= 0 && to < ids.size()) {
            setFocusedMarker(ids.at(to));
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.setFocusedMarker(hasFocus() ? m_focusId : QString());
    m_renderer.render(painter, m_viewport);
}

void MapView::resizeEvent(QResizeEvent *)
{
    // Until the analyst moves the map, keep the conflict zone fitted; after
    // that, keep the centre and zoom.
    if (m_viewportSet) {
        Geo::Viewport viewport = m_viewport;
        viewport.setSize(QSizeF(size()));
        changeViewport(viewport);
    } else {
        changeViewport(Geo::Viewport::conflictZone(QSizeF(size())));
    }
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0 * wheelZoomStep;
    if (steps == 0.0)
        return;
    Geo::Viewport viewport = m_viewport;
    viewport.zoomAbout(event->position(), steps);
    m_viewportSet = true;
    changeViewport(viewport);
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
    m_lastDragPosition = event->position();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (m_pressed) {
        if (!m_dragging && (position - m_pressPosition).manhattanLength() >= dragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            Geo::Viewport viewport = m_viewport;
            viewport.panBy(position - m_lastDragPosition);
            m_lastDragPosition = position;
            m_viewportSet = true;
            changeViewport(viewport);
            return;
        }
    }
    QString hovered = m_renderer.markerAt(m_viewport, position);
    if (hovered.isEmpty())
        hovered = m_renderer.featureAt(m_viewport, position);
    setHovered(hovered);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        if (m_picking) // a pan while picking: still picking
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        return;
    }
    if (m_picking) {
        m_picking = false;
        unsetCursor();
        const QPointF lonLat = m_viewport.toLonLat(event->position());
        Q_EMIT pointPicked(lonLat.y(), lonLat.x());
        return;
    }
    QString id = m_renderer.markerAt(m_viewport, event->position());
    if (id.isEmpty())
        id = m_renderer.featureAt(m_viewport, event->position());
    if (!id.isEmpty()) {
        setFocusedMarker(id);
        Q_EMIT markerClicked(id);
    }
}

void MapView::startPick()
{
    m_picking = true;
    setCursor(Qt::CrossCursor);
}

void MapView::cancelPick()
{
    if (!m_picking)
        return;
    m_picking = false;
    unsetCursor();
    Q_EMIT pickCanceled();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_picking && event->key() == Qt::Key_Escape) {
        cancelPick();
        return;
    }
    Geo::Viewport viewport = m_viewport;
    const QPointF middle(width() / 2.0, height() / 2.0);
    // Arrows first move the focus ring to the next marker that way.
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QString next;
        switch (event->key()) {
        case Qt::Key_Left:
            next = neighbour(-1, 0);
            break;
        case Qt::Key_Right:
            next = neighbour(1, 0);
            break;
        case Qt::Key_Up:
            next = neighbour(0, -1);
            break;
        case Qt::Key_Down:
            next = neighbour(0, 1);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (!m_focusId.isEmpty() && drawnIds().contains(m_focusId)) {
                Q_EMIT markerClicked(m_focusId);
                return;
            }
            break;
        default:
            break;
        }
        if (!next.isEmpty()) {
            setFocusedMarker(next);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        viewport.zoomAbout(middle, 1.0);
        break;
    case Qt::Key_Minus:
        viewport.zoomAbout(middle, -1.0);
        break;
    // Arrows move the view in the arrow's direction, so the content moves the
    // other way. The map is not mirrored in right-to-left layouts, so neither
    // are the arrows.
    case Qt::Key_Left:
        viewport.panBy(QPointF(keyPanStep, 0));
        break;
    case Qt::Key_Right:
        viewport.panBy(QPointF(-keyPanStep, 0));
        break;
    case Qt::Key_Up:
        viewport.panBy(QPointF(0, keyPanStep));
        break;
    case Qt::Key_Down:
        viewport.panBy(QPointF(0, -keyPanStep));
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_viewportSet = true;
    changeViewport(viewport);
}

void MapView::leaveEvent(QEvent *event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void MapView::setHovered(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    if (!m_picking)
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    Q_EMIT markerHovered(id);
}

bool MapView::exportImage(const QString &path, QSize size, double pixelRatio)
{
    m_errorString.clear();
    // The focus ring is the view's, not the picture's.
    m_renderer.setFocusedMarker({});
    // Written whole or not at all: a failure keeps the previous file.
    return Render::MapExporter::write(m_renderer, m_viewport, size.isEmpty() ? this->size() : size,
                                      pixelRatio, path, &m_errorString);
}

} // namespace Marsad::Widgets

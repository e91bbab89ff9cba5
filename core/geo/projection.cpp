#include "projection.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Marsad::Geo {

namespace Projection {

QPointF toWorld(QPointF lonLat)
{
    const double lat = std::clamp(lonLat.y(), -maxLatitude, maxLatitude);
    const double phi = qDegreesToRadians(lat);
    const double x = (lonLat.x() + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(M_PI / 4.0 + phi / 2.0)) / (2.0 * M_PI);
    return {x, y};
}

QPointF toLonLat(QPointF world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double lat = qRadiansToDegrees(std::atan(std::sinh(M_PI * (1.0 - 2.0 * world.y()))));
    return {lon, lat};
}

double metresPerWorldUnit(double lat)
{
    return earthCircumference * std::cos(qDegreesToRadians(lat));
}

} // namespace Projection

Viewport::Viewport(QPointF centreLonLat, double zoom, QSizeF size) : m_size(size)
{
    setCentre(centreLonLat);
    setZoom(zoom);
}

QPointF Viewport::centre() const
{
    return Projection::toLonLat(m_centreWorld);
}

void Viewport::setCentre(QPointF lonLat)
{
    const QPointF world = Projection::toWorld(lonLat);
    m_centreWorld = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

void Viewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
}

double Viewport::scale() const
{
    return 256.0 * std::exp2(m_zoom);
}

double Viewport::metresPerPixel() const
{
    return Projection::metresPerWorldUnit(centre().y()) / scale();
}

QPointF Viewport::worldOriginPixel() const
{
    return QPointF(m_size.width() / 2.0, m_size.height() / 2.0) - m_centreWorld * scale();
}

QPointF Viewport::worldToPixel(QPointF world) const
{
    const double s = scale();
    return {(world.x() - m_centreWorld.x()) * s + m_size.width() / 2.0,
            (world.y() - m_centreWorld.y()) * s + m_size.height() / 2.0};
}

QPointF Viewport::pixelToWorld(QPointF pixel) const
{
    const double s = scale();
    return {(pixel.x() - m_size.width() / 2.0) / s + m_centreWorld.x(),
            (pixel.y() - m_size.height() / 2.0) / s + m_centreWorld.y()};
}

QPointF Viewport::toPixel(QPointF lonLat) const
{
    return worldToPixel(Projection::toWorld(lonLat));
}

QPointF Viewport::toLonLat(QPointF pixel) const
{
    return Projection::toLonLat(pixelToWorld(pixel));
}

void Viewport::zoomAbout(QPointF pixel, double steps)
{
    const QPointF anchor = pixelToWorld(pixel);
    setZoom(m_zoom + steps);
    // Put the anchor back under the pixel: centre = anchor - (pixel - mid) / scale.
    const double s = scale();
    m_centreWorld = QPointF(anchor.x() - (pixel.x() - m_size.width() / 2.0) / s,
                            anchor.y() - (pixel.y() - m_size.height() / 2.0) / s);
}

void Viewport::panBy(QPointF pixels)
{
    const QPointF moved = m_centreWorld - pixels / scale();
    m_centreWorld = QPointF(std::clamp(moved.x(), 0.0, 1.0), std::clamp(moved.y(), 0.0, 1.0));
}

QRectF Viewport::visibleBounds() const
{
    const QPointF topLeft = toLonLat(QPointF(0.0, 0.0));
    const QPointF bottomRight = toLonLat(QPointF(m_size.width(), m_size.height()));
    return QRectF(QPointF(std::max(topLeft.x(), -180.0), bottomRight.y()),
                  QPointF(std::min(bottomRight.x(), 180.0), topLeft.y()));
}

bool Viewport::isVisible(QPointF lonLat, double marginPixels) const
{
    const QPointF p = toPixel(lonLat);
    return p.x() >= -marginPixels && p.y() >= -marginPixels &&
           p.x() <= m_size.width() + marginPixels && p.y() <= m_size.height() + marginPixels;
}

Viewport Viewport::conflictZone(QSizeF size)
{
    // Lachin in the west, Fuzuli and Jabrayil in the south-east, Aghdam in the
    // north-east: the districts the 2020 fighting was about, with a margin that
    // leaves room for labels.
    return fitBounds(QRectF(QPointF(46.45, 39.33), QPointF(47.20, 40.05)), size, 56.0, 11.0);
}

Viewport Viewport::fit(const QList<QPointF> &lonLats, QSizeF size, double marginPixels,
                       double zoomLimit)
{
    if (lonLats.isEmpty())
        return conflictZone(size);
    double minLon = lonLats.first().x(), maxLon = minLon;
    double minLat = lonLats.first().y(), maxLat = minLat;
    for (const QPointF &p : lonLats) {
        minLon = std::min(minLon, p.x());
        maxLon = std::max(maxLon, p.x());
        minLat = std::min(minLat, p.y());
        maxLat = std::max(maxLat, p.y());
    }
    return fitBounds(QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat)), size, marginPixels,
                     zoomLimit);
}

Viewport Viewport::fitBounds(const QRectF &lonLatBounds, QSizeF size, double marginPixels,
                             double zoomLimit)
{
    const QPointF a = Projection::toWorld(QPointF(lonLatBounds.left(), lonLatBounds.bottom()));
    const QPointF b = Projection::toWorld(QPointF(lonLatBounds.right(), lonLatBounds.top()));
    const double worldWidth = std::abs(b.x() - a.x());
    const double worldHeight = std::abs(b.y() - a.y());
    const double usableWidth = std::max(1.0, size.width() - 2.0 * marginPixels);
    const double usableHeight = std::max(1.0, size.height() - 2.0 * marginPixels);
    double zoom = zoomLimit;
    if (worldWidth > 0.0 || worldHeight > 0.0) {
        const double scale = std::min(worldWidth > 0.0 ? usableWidth / worldWidth : 1e300,
                                      worldHeight > 0.0 ? usableHeight / worldHeight : 1e300);
        zoom = std::min(zoomLimit, std::log2(scale / 256.0));
    }
    Viewport viewport;
    viewport.m_size = size;
    viewport.setZoom(zoom);
    viewport.m_centreWorld = (a + b) / 2.0;
    return viewport;
}

} // namespace Marsad::Geo

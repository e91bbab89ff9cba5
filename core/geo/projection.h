// Map projection and viewport: pure maths from (lon, lat) in degrees to a plane
// and to the pixels of a view, and back.
//
// Why spherical (Web) Mercator rather than equirectangular scaled by cos(lat0)?
// The map goes from the front line (a few kilometres between Shusha and
// Stepanakert, near 40°N) out to Moscow (56°N) and Tehran (36°N). An
// equirectangular map is true to shape only near its reference parallel and
// would have to be re-centred on every pan; Mercator is conformal everywhere,
// so towns, borders and angles look right at every zoom and place, and its
// look (the familiar web map) needs no explaining. Its area exaggeration
// (1.3x at 40°N, 1.8x at Moscow) is harmless for a map of places. Latitudes
// are clamped to ±85.0511° (the square world of Web Mercator).
//
// Points are QPointF(lon, lat); world coordinates are the unit square, x east
// from lon -180, y south from lat 85.05 (so y grows downwards like pixels).
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Marsad::Geo {

namespace Projection {

inline constexpr double maxLatitude = 85.05112877980659;
/// Mean Earth circumference at the equator in metres (WGS 84 semi-major axis).
inline constexpr double earthCircumference = 40075016.68557849;

/// (lon, lat) in degrees -> world unit square.
QPointF toWorld(QPointF lonLat);
/// World unit square -> (lon, lat) in degrees.
QPointF toLonLat(QPointF world);
/// Ground metres per world unit along the parallel at \a lat.
double metresPerWorldUnit(double lat);

} // namespace Projection

/// What a map view shows: a centre, a zoom and a size in pixels. Zoom z means
/// the whole world is 256 * 2^z pixels wide (the tile-map convention), so one
/// zoom step doubles the scale. Value type; every change is explicit.
class Viewport final
{
public:
    static constexpr double minZoom = 1.0;
    static constexpr double maxZoom = 16.0;

    Viewport() = default;
    Viewport(QPointF centreLonLat, double zoom, QSizeF size);

    QPointF centre() const;
    void setCentre(QPointF lonLat);
    double zoom() const { return m_zoom; }
    /// Clamped to [minZoom, maxZoom].
    void setZoom(double zoom);
    QSizeF size() const { return m_size; }
    void setSize(QSizeF size) { m_size = size; }

    /// Pixels per world unit: 256 * 2^zoom.
    double scale() const;
    /// Ground metres covered by one pixel at the centre's latitude.
    double metresPerPixel() const;

    QPointF toPixel(QPointF lonLat) const;
    QPointF toLonLat(QPointF pixel) const;
    QPointF worldToPixel(QPointF world) const;
    QPointF pixelToWorld(QPointF pixel) const;
    /// The pixel of the world origin (lon -180, lat 85.05); pixel = origin + world * scale.
    QPointF worldOriginPixel() const;

    /// Changes the zoom by \a steps (may be fractional or negative) keeping the
    /// place under \a pixel where it is.
    void zoomAbout(QPointF pixel, double steps);
    /// Moves the content by \a pixels (a drag to the right shows what is west).
    void panBy(QPointF pixels);

    /// The lon/lat box in view (QRectF(minLon, minLat, ...)).
    QRectF visibleBounds() const;
    bool isVisible(QPointF lonLat, double marginPixels = 0.0) const;

    /// The front line of the 2020 war: Shusha, Stepanakert, Jabrayil, Lachin,
    /// Fuzuli and Aghdam fitted into \a size.
    static Viewport conflictZone(QSizeF size);
    /// Shows all \a lonLats with \a marginPixels around them, zoomed in no
    /// further than \a zoomLimit (one point alone is not a reason to zoom to
    /// street level). An empty list gives the conflict zone.
    static Viewport fit(const QList<QPointF> &lonLats, QSizeF size, double marginPixels = 48.0,
                        double zoomLimit = 11.0);
    /// Same, for a lon/lat box.
    static Viewport fitBounds(const QRectF &lonLatBounds, QSizeF size, double marginPixels = 48.0,
                              double zoomLimit = 11.0);

    bool operator==(const Viewport &other) const = default;

private:
    QPointF m_centreWorld{0.5, 0.5};
    double m_zoom = 2.0;
    QSizeF m_size{800.0, 600.0};
};

} // namespace Marsad::Geo

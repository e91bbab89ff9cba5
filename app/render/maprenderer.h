// Paints the map — land, sea, borders, country names, place markers sized by
// mentions, labels that do not collide and a scale bar — with QPainter into
// any paint device. Used by MapView on screen and by its PNG/SVG/PDF export,
// so an exported map is exactly what the analyst saw.
//
// The map is never mirrored: whatever the application's layout direction, the
// painter is set to left-to-right and every label is drawn in the direction of
// its own text (STYLE.md §11: mirror the chrome, not the content).
#pragma once

#include "countryshape.h"
#include "mapfeature.h"
#include "projection.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPolygonF;

namespace Marsad::Render {

/// A place on the map.
struct MapMarker
{
    QString id; ///< Gazetteer id ("shusha"); what clicks and hovers report.
    double lon = 0.0;
    double lat = 0.0;
    QString label;            ///< Shown next to the marker; may be Arabic.
    int weight = 0;           ///< Mention count: the marker's area is proportional to it.
    bool highlighted = false; ///< Selected/filtered on: drawn on top, label always placed.
    bool dimmed = false;      ///< Outside the current filter: drawn grey, label last.
    bool pinned = false;      ///< Always shown on its own (a gazetteer flag): never grouped.
};

/// A label as laid out by the last render(), in the painter's logical pixels.
struct PlacedLabel
{
    QString id; ///< Marker id, or country id for country names.
    QString text;
    QRectF rect;
};

/// A marker as drawn at one zoom. Zoomed out, places whose centres are closer
/// on screen than groupDistance pixels are drawn as one group (the map's level
/// of detail), shown where its most important member is (highlighted, then
/// most mentioned), sized by the members' total weight and numbered with their
/// count. Pinned and highlighted places never join a group.
struct DrawnMarker
{
    qsizetype index = -1;     ///< Into MapRenderer::markers(): the group's head.
    QList<qsizetype> members; ///< Every marker drawn here, head first.
    QPointF centre;           ///< Pixels.
    double radius = 0.0;
    int weight = 0; ///< Sum over the members.
};

class MapRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Render::MapRenderer)
public:
    MapRenderer() = default;

    void setCountries(QList<Geo::CountryShape> countries);
    const QList<Geo::CountryShape> &countries() const { return m_countries; }
    /// Names to show instead of properties.name, by country id (e.g. Arabic).
    void setCountryNames(QHash<QString, QString> namesById);

    void setMarkers(QList<MapMarker> markers);
    const QList<MapMarker> &markers() const { return m_markers; }

    /// Lines and areas drawn over the land (front lines, rivers, regions).
    void setFeatures(QList<Geo::MapFeature> features) { m_features = std::move(features); }
    const QList<Geo::MapFeature> &features() const { return m_features; }
    /// Whether a line or area draws \a entityId (then it needs no point marker).
    bool hasFeature(const QString &entityId) const;
    /// Features whose entity is one of these are drawn highlighted.
    void setHighlightedEntities(QStringList entityIds)
    {
        m_highlightedEntities = std::move(entityIds);
    }
    /// "ar" or "en": the names in the feature legend (the map is never mirrored).
    void setLanguage(const QString &language) { m_language = language; }
    /// The marker (by id) that has the keyboard focus ring; empty for none.
    void setFocusedMarker(const QString &id) { m_focused = id; }
    QString focusedMarker() const { return m_focused; }

    void setScaleBarVisible(bool visible) { m_scaleBarVisible = visible; }
    /// Whether overlapping markers are drawn as one group (on by default).
    void setGrouping(bool grouping) { m_grouping = grouping; }

    /// Paints the map as seen through \a viewport into the rectangle
    /// (0, 0, viewport.size()) of \a painter's current coordinate system.
    void render(QPainter &painter, const Geo::Viewport &viewport);

    /// Marker labels placed by the last render(), in placement order.
    const QList<PlacedLabel> &placedLabels() const { return m_placedLabels; }
    /// Country names placed by the last render().
    const QList<PlacedLabel> &placedCountryLabels() const { return m_placedCountryLabels; }

    /// Radius in pixels: area proportional to the weight, never below a minimum.
    double markerRadius(const MapMarker &marker) const;
    /// The markers as they are drawn through \a viewport, in label priority.
    QList<DrawnMarker> drawnMarkers(const Geo::Viewport &viewport) const;
    /// Id of the marker (or of the label of the marker) under \a pixel, topmost
    /// first; a group answers with its head's id; empty when there is none.
    /// Labels are those of the last render().
    QString markerAt(const Geo::Viewport &viewport, QPointF pixel) const;
    /// Entity id of the line feature within a few pixels of \a pixel, or empty.
    QString featureAt(const Geo::Viewport &viewport, QPointF pixel) const;
    /// The lines of \a feature in the pixels of \a viewport (areas: their rings).
    static QList<QPolygonF> featurePixels(const Geo::MapFeature &feature,
                                          const Geo::Viewport &viewport);

    static constexpr double minMarkerRadius = 4.0;
    static constexpr double maxMarkerRadius = 22.0;
    static constexpr double maxGroupRadius = 30.0;
    /// Places closer than this on screen (centre to centre) share a marker.
    static constexpr double groupDistance = 12.0;

private:
    struct CountryPath
    {
        QPainterPath path;  ///< Pixels at the cached scale, relative to offset.
        QPointF offset;     ///< Whole pixels from the world origin.
        QRectF bounds;      ///< Pixels from the world origin.
        bool built = false; ///< Path projected yet?
    };
    struct PathCache
    {
        double scale = 0.0;
        QList<CountryPath> countries;
    };

    PathCache &pathsFor(double scale);
    static void buildPath(CountryPath &entry, const Geo::CountryShape &country, double scale);
    void drawCountries(QPainter &painter, const Geo::Viewport &viewport);
    void drawFeatures(QPainter &painter, const Geo::Viewport &viewport);
    QList<qsizetype> featuresInView(const Geo::Viewport &viewport) const;
    QRectF featureLegendRect(const QPainter &painter, const Geo::Viewport &viewport) const;
    void drawFeatureLegend(QPainter &painter, const Geo::Viewport &viewport);
    void drawFocus(QPainter &painter);
    double radiusFor(int weight) const;
    bool hasPriority(qsizetype a, qsizetype b) const;
    QList<DrawnMarker> inDrawOrder(QList<DrawnMarker> drawn) const;
    void layoutLabels(QPainter &painter, const Geo::Viewport &viewport,
                      const QList<QRectF> &reserved);
    void layoutCountryLabels(QPainter &painter, const Geo::Viewport &viewport,
                             QList<QRectF> &occupied);
    void drawMarkers(QPainter &painter);
    void drawLabels(QPainter &painter);
    QRectF scaleBarRect(const QPainter &painter, const Geo::Viewport &viewport) const;
    void drawScaleBar(QPainter &painter, const Geo::Viewport &viewport);

    QList<Geo::CountryShape> m_countries;
    QList<Geo::MapFeature> m_features;
    QStringList m_highlightedEntities;
    QString m_language = QStringLiteral("en");
    QString m_focused;
    QHash<QString, QString> m_countryNames;
    QList<MapMarker> m_markers;
    double m_maxWeight = 1.0;
    bool m_scaleBarVisible = true;
    bool m_grouping = true;
    QList<DrawnMarker> m_drawn;   ///< Of the current render().
    QList<PathCache> m_pathCache; ///< Most recently used first; a few zoom levels.
    QList<PlacedLabel> m_placedLabels;
    QList<PlacedLabel> m_placedCountryLabels;
};

} // namespace Marsad::Render

#include "maprenderer.h"

#include "localeformat.h"
#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QTextOption>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Marsad::Render {

namespace {

// Colours of the map. Only the app knows what things look like (STYLE.md §5).
const QColor seaColour(201, 222, 236);
const QColor landColour(243, 239, 229);
const QColor borderColour(160, 152, 138);
const QColor countryNameColour(128, 119, 104);
const QColor markerColour(196, 52, 39, 215);
const QColor markerOutline(255, 255, 255, 230);
const QColor highlightColour(255, 176, 0);
const QColor highlightHalo(255, 196, 0, 120);
const QColor highlightOutline(35, 35, 35);
const QColor dimmedColour(140, 140, 140, 120);
const QColor labelColour(30, 30, 30);
const QColor dimmedLabelColour(125, 125, 125);
const QColor labelBackground(255, 255, 255, 200);
const QColor focusColour(17, 17, 17);
const QColor regionFill(170, 60, 40, 28);
const QColor regionOutline(150, 50, 35, 200);
const QColor frontLineColour(150, 30, 30, 230);
const QColor ceasefireColour(90, 30, 120, 230);
const QColor riverColour(58, 120, 190, 235);
const QColor featureHighlight(255, 176, 0, 200);

constexpr double simplifyTolerance = 0.35; // pixels
constexpr qsizetype cachedZoomLevels = 4;
constexpr double labelPaddingX = 3.0;
constexpr double labelGap = 2.0;
constexpr double highlightHaloWidth = 5.0;

// Arabic in Naskh needs a larger size than Latin to be as legible.
QFont labelFont(const QString &text, bool bold)
{
    QFont font;
    if (text.isRightToLeft()) {
        font.setFamilies(
            {u"Noto Naskh Arabic"_s, u"Noto Sans Arabic"_s, u"Noto Sans"_s, u"DejaVu Sans"_s});
        font.setPixelSize(15);
    } else {
        font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s, u"Noto Naskh Arabic"_s});
        font.setPixelSize(12);
    }
    font.setBold(bold);
    return font;
}

QFont countryFont(const QString &text)
{
    QFont font = labelFont(text, false);
    if (!text.isRightToLeft()) {
        font.setPixelSize(11);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
    }
    return font;
}

QSizeF textSize(const QPainter &painter, const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font, painter.device());
    return {metrics.horizontalAdvance(text), metrics.height()};
}

// Text is laid out in its own direction, whatever the painter's or the app's.
void drawText(QPainter &painter, const QRectF &rect, const QString &text)
{
    QTextOption option(Qt::AlignCenter);
    option.setWrapMode(QTextOption::NoWrap);
    const Qt::LayoutDirection direction = text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    option.setTextDirection(direction);
    // Explicit direction, so that SVG readers draw each run as Qt does.
    painter.drawText(rect, TimelineRenderer::withExplicitDirection(text, direction), option);
}

bool collides(const QRectF &rect, const QList<QRectF> &occupied)
{
    return std::any_of(occupied.cbegin(), occupied.cend(),
                       [&rect](const QRectF &other) { return other.intersects(rect); });
}

// Positions around a marker, in order of preference. A label goes first on the
// side where its text starts: right of the marker for Latin, left for Arabic.
QList<QRectF> candidateRects(QPointF centre, double radius, QSizeF size, bool rightToLeft,
                             bool highlighted)
{
    const double d = radius + labelGap + (highlighted ? highlightHaloWidth : 0.0);
    const double w = size.width();
    const double h = size.height();
    const double x = centre.x();
    const double y = centre.y();
    const double diagonal = d * 0.75;
    const QRectF right(x + d, y - h / 2.0, w, h);
    const QRectF left(x - d - w, y - h / 2.0, w, h);
    QList<QRectF> rects;
    rects << (rightToLeft ? left : right) << (rightToLeft ? right : left);
    rects << QRectF(x - w / 2.0, y - d - h, w, h) << QRectF(x - w / 2.0, y + d, w, h);
    rects << QRectF(x + diagonal, y - diagonal - h, w, h)
          << QRectF(x - diagonal - w, y - diagonal - h, w, h);
    rects << QRectF(x + diagonal, y + diagonal, w, h)
          << QRectF(x - diagonal - w, y + diagonal, w, h);
    return rects;
}

// Sutherland-Hodgman against an axis-aligned rectangle. With even-odd fill the
// result fills the same area inside the rectangle; its extra edges run along
// the rectangle, which is kept outside the visible frame.
QPolygonF clipPolygon(const QPolygonF &polygon, const QRectF &rect)
{
    QPolygonF current = polygon;
    for (int edge = 0; edge < 4 && !current.isEmpty(); ++edge) {
        auto inside = [&](QPointF p) {
            switch (edge) {
            case 0:
                return p.x() >= rect.left();
            case 1:
                return p.x() <= rect.right();
            case 2:
                return p.y() >= rect.top();
            default:
                return p.y() <= rect.bottom();
            }
        };
        auto cross = [&](QPointF a, QPointF b) {
            double t = 0.0;
            switch (edge) {
            case 0:
                t = (rect.left() - a.x()) / (b.x() - a.x());
                break;
            case 1:
                t = (rect.right() - a.x()) / (b.x() - a.x());
                break;
            case 2:
                t = (rect.top() - a.y()) / (b.y() - a.y());
                break;
            default:
                t = (rect.bottom() - a.y()) / (b.y() - a.y());
                break;
            }
            return a + t * (b - a);
        };
        QPolygonF output;
        output.reserve(current.size());
        QPointF previous = current.last();
        for (const QPointF &point : std::as_const(current)) {
            if (inside(point)) {
                if (!inside(previous))
                    output.append(cross(previous, point));
                output.append(point);
            } else if (inside(previous)) {
                output.append(cross(previous, point));
            }
            previous = point;
        }
        current = std::move(output);
    }
    return current;
}

QRectF circleRect(QPointF centre, double radius)
{
    return {centre.x() - radius, centre.y() - radius, 2.0 * radius, 2.0 * radius};
}

} // namespace

void MapRenderer::setCountries(QList<Geo::CountryShape> countries)
{
    m_countries = std::move(countries);
    m_pathCache.clear();
}

void MapRenderer::setCountryNames(QHash<QString, QString> namesById)
{
    m_countryNames = std::move(namesById);
}

void MapRenderer::setMarkers(QList<MapMarker> markers)
{
    m_markers = std::move(markers);
    m_maxWeight = 1.0;
    for (const MapMarker &marker : std::as_const(m_markers))
        m_maxWeight = std::max(m_maxWeight, double(marker.weight));
}

double MapRenderer::markerRadius(const MapMarker &marker) const
{
    return radiusFor(marker.weight);
}

double MapRenderer::radiusFor(int weight) const
{
    // r = k * sqrt(weight) keeps area proportional to the count; k is chosen so
    // that the largest single marker is at most maxMarkerRadius. Groups may be
    // larger, up to maxGroupRadius.
    const double k = std::min(4.0, maxMarkerRadius / std::sqrt(m_maxWeight));
    return std::clamp(k * std::sqrt(std::max(0, weight)), minMarkerRadius, maxGroupRadius);
}

bool MapRenderer::hasPriority(qsizetype a, qsizetype b) const
{
    const MapMarker &ma = m_markers.at(a);
    const MapMarker &mb = m_markers.at(b);
    if (ma.highlighted != mb.highlighted)
        return ma.highlighted;
    if (ma.dimmed != mb.dimmed)
        return mb.dimmed;
    if (ma.weight != mb.weight)
        return ma.weight > mb.weight;
    return ma.id < mb.id;
}

QList<DrawnMarker> MapRenderer::drawnMarkers(const Geo::Viewport &viewport) const
{
    QList<qsizetype> order(m_markers.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [this](qsizetype a, qsizetype b) { return hasPriority(a, b); });
    QList<DrawnMarker> drawn;
    for (const qsizetype index : std::as_const(order)) {
        const MapMarker &marker = m_markers.at(index);
        const QPointF lonLat(marker.lon, marker.lat);
        const double radius = markerRadius(marker);
        if (!viewport.isVisible(lonLat, radius + highlightHaloWidth))
            continue;
        const QPointF centre = viewport.toPixel(lonLat);
        // Zoomed out, places that nearly share a pixel become one marker,
        // kept where the most important of them is. The distance is measured
        // on screen at this zoom, not from the markers' sizes: big markers of
        // places a few kilometres apart overlap, but stay two places.
        // Highlighted and pinned places always stand alone; dimmed ones only
        // join dimmed ones.
        DrawnMarker *group = nullptr;
        if (m_grouping && !marker.highlighted && !marker.pinned) {
            for (DrawnMarker &other : drawn) {
                const MapMarker &head = m_markers.at(other.index);
                if (head.highlighted || head.pinned || head.dimmed != marker.dimmed)
                    continue;
                const double distance =
                    std::hypot(centre.x() - other.centre.x(), centre.y() - other.centre.y());
                if (distance < groupDistance) {
                    group = &other;
                    break;
                }
            }
        }
        if (group) {
            group->members.append(index);
            group->weight += std::max(0, marker.weight);
            group->radius = radiusFor(group->weight);
        } else {
            drawn.append(DrawnMarker{index, {index}, centre, radius, std::max(0, marker.weight)});
        }
    }
    return drawn;
}

QList<DrawnMarker> MapRenderer::inDrawOrder(QList<DrawnMarker> drawn) const
{
    // Dimmed underneath, then big before small so small ones stay clickable,
    // highlighted on top.
    std::stable_sort(drawn.begin(), drawn.end(),
                     [this](const DrawnMarker &a, const DrawnMarker &b) {
                         const MapMarker &ma = m_markers.at(a.index);
                         const MapMarker &mb = m_markers.at(b.index);
                         const int layerA = ma.highlighted ? 2 : (ma.dimmed ? 0 : 1);
                         const int layerB = mb.highlighted ? 2 : (mb.dimmed ? 0 : 1);
                         if (layerA != layerB)
                             return layerA < layerB;
                         return a.radius > b.radius;
                     });
    return drawn;
}

MapRenderer::PathCache &MapRenderer::pathsFor(double scale)
{
    for (qsizetype i = 0; i < m_pathCache.size(); ++i) {
        if (m_pathCache.at(i).scale == scale) {
            if (i != 0)
                m_pathCache.move(i, 0);
            return m_pathCache.first();
        }
    }
    // Only the boxes now; a country's path is projected when it is first seen
    // at this scale (zoomed in, most of the world never is).
    PathCache cache;
    cache.scale = scale;
    cache.countries.reserve(m_countries.size());
    for (const Geo::CountryShape &country : std::as_const(m_countries)) {
        CountryPath entry;
        const QPointF northWest =
            Geo::Projection::toWorld(QPointF(country.bounds.left(), country.bounds.bottom())) *
            scale;
        const QPointF southEast =
            Geo::Projection::toWorld(QPointF(country.bounds.right(), country.bounds.top())) * scale;
        // Whole-pixel offsets keep the path's own numbers small without moving anything.
        entry.offset = QPointF(std::floor(northWest.x()), std::floor(northWest.y()));
        entry.bounds = QRectF(northWest, southEast);
        cache.countries.append(std::move(entry));
    }
    m_pathCache.prepend(std::move(cache));
    while (m_pathCache.size() > cachedZoomLevels)
        m_pathCache.removeLast();
    return m_pathCache.first();
}

void MapRenderer::buildPath(CountryPath &entry, const Geo::CountryShape &country, double scale)
{
    entry.built = true;
    entry.path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&](const Geo::Ring &ring) {
        if (ring.size() < 3)
            return;
        QPointF last = Geo::Projection::toWorld(ring.first()) * scale - entry.offset;
        QPolygonF points;
        points.reserve(ring.size());
        points.append(last);
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF p = Geo::Projection::toWorld(ring.at(i)) * scale - entry.offset;
            if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= simplifyTolerance) {
                points.append(p);
                last = p;
            }
        }
        // Specks smaller than a pixel are not worth a path.
        const QRectF box = points.boundingRect();
        if (points.size() < 3 || (box.width() < 0.7 && box.height() < 0.7))
            return;
        entry.path.addPolygon(points);
        entry.path.closeSubpath();
    };
    for (const Geo::Polygon &polygon : country.polygons) {
        addRing(polygon.outer);
        for (const Geo::Ring &hole : polygon.holes)
            addRing(hole);
    }
}

void MapRenderer::drawCountries(QPainter &painter, const Geo::Viewport &viewport)
{
    PathCache &cache = pathsFor(viewport.scale());
    const QPointF origin = viewport.worldOriginPixel();
    const QRectF view = QRectF(QPointF(0, 0), viewport.size()).translated(-origin);
    const QTransform base = painter.transform();
    // SVG and PDF write coordinates with few digits: give them the path in
    // view pixels (small numbers) rather than a large translation.
    const bool vector =
        painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    QPen pen(borderColour, 0.8);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(landColour);
    for (qsizetype i = 0; i < cache.countries.size(); ++i) {
        CountryPath &country = cache.countries[i];
        if (!country.bounds.intersects(view))
            continue;
        if (!country.built)
            buildPath(country, m_countries.at(i), cache.scale);
        if (country.path.isEmpty())
            continue;
        const QPointF shift = origin + country.offset;
        if (vector) {
            // Only what is in view: a whole 1:10m Russia is too much for an
            // SVG reader (and for the file size).
            const QRectF clip = QRectF(QPointF(0, 0), viewport.size()).adjusted(-8, -8, 8, 8);
            QPainterPath clipped;
            clipped.setFillRule(Qt::OddEvenFill);
            const QList<QPolygonF> rings = country.path.translated(shift).toSubpathPolygons();
            for (const QPolygonF &ring : rings) {
                if (!ring.boundingRect().intersects(clip))
                    continue;
                const QPolygonF part = clipPolygon(ring, clip);
                if (part.size() >= 3) {
                    clipped.addPolygon(part);
                    clipped.closeSubpath();
                }
            }
            painter.drawPath(clipped);
        } else {
            painter.setTransform(QTransform::fromTranslate(shift.x(), shift.y()) * base);
            painter.drawPath(country.path);
        }
    }
    painter.setTransform(base);
}

void MapRenderer::layoutLabels(QPainter &painter, const Geo::Viewport &viewport,
                               const QList<QRectF> &reserved)
{
    m_placedLabels.clear();
    const QRectF frame = QRectF(QPointF(0, 0), viewport.size()).adjusted(2, 2, -2, -2);
    QList<QRectF> occupied;
    for (const QRectF &rect : reserved) {
        if (rect.isValid())
            occupied.append(rect);
    }

    // Every drawn marker is an obstacle for every label. m_drawn is already in
    // label priority: highlighted first, then the undimmed, heaviest first.
    for (const DrawnMarker &drawn : std::as_const(m_drawn)) {
        const bool highlighted = m_markers.at(drawn.index).highlighted;
        occupied.append(circleRect(drawn.centre,
                                   highlighted ? drawn.radius + highlightHaloWidth : drawn.radius));
    }
    for (const DrawnMarker &drawn : std::as_const(m_drawn)) {
        const MapMarker &marker = m_markers.at(drawn.index);
        if (marker.label.isEmpty())
            continue;
        const QFont font = labelFont(marker.label, marker.highlighted);
        const QSizeF text = textSize(painter, font, marker.label);
        const QSizeF size(text.width() + 2.0 * labelPaddingX, text.height());
        const QList<QRectF> rects = candidateRects(
            drawn.centre, drawn.radius, size, marker.label.isRightToLeft(), marker.highlighted);
        QRectF chosen;
        for (const QRectF &rect : rects) {
            if (frame.contains(rect) && !collides(rect, occupied)) {
                chosen = rect;
                break;
            }
        }
        if (chosen.isNull() && marker.highlighted) {
            // Always shown: the first position, pulled inside the frame.
            chosen = rects.first();
            chosen.moveLeft(std::clamp(chosen.left(), frame.left(),
                                       std::max(frame.left(), frame.right() - chosen.width())));
            chosen.moveTop(std::clamp(chosen.top(), frame.top(),
                                      std::max(frame.top(), frame.bottom() - chosen.height())));
        }
        if (chosen.isNull())
            continue;
        occupied.append(chosen);
        m_placedLabels.append(PlacedLabel{marker.id, marker.label, chosen});
    }
    layoutCountryLabels(painter, viewport, occupied);
}

void MapRenderer::layoutCountryLabels(QPainter &painter, const Geo::Viewport &viewport,
                                      QList<QRectF> &occupied)
{
    m_placedCountryLabels.clear();
    const QRectF frame = QRectF(QPointF(0, 0), viewport.size()).adjusted(4, 4, -4, -4);
    const QRectF visible = viewport.visibleBounds();
    const double scale = viewport.scale();

    // Bigger (visible) countries choose first.
    struct Candidate
    {
        qsizetype index;
        double area;
    };
    QList<Candidate> order;
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        const QRectF part = m_countries.at(i).bounds.intersected(visible);
        if (!part.isEmpty())
            order.append({i, part.width() * part.height()});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Candidate &a, const Candidate &b) { return a.area > b.area; });

    for (const Candidate &candidate : std::as_const(order)) {
        const Geo::CountryShape &country = m_countries.at(candidate.index);
        // Latin names in capitals, spelled out rather than left to the font so
        // that SVG export (which drops font capitalization) looks the same.
        QString name = m_countryNames.value(country.id, country.name);
        if (!name.isRightToLeft())
            name = name.toUpper();
        if (name.isEmpty())
            continue;
        const QFont font = countryFont(name);
        const QSizeF text = textSize(painter, font, name);
        const double countryHeight =
            (Geo::Projection::toWorld(QPointF(0, country.bounds.top())).y() -
             Geo::Projection::toWorld(QPointF(0, country.bounds.bottom())).y()) *
            scale;
        if (countryHeight < 1.5 * text.height())
            continue;
        const QList<Geo::LabelAnchor> anchors = Geo::PlaceGeometry::labelAnchors(country, visible);
        for (const Geo::LabelAnchor &anchor : anchors) {
            const double spanPixels = anchor.lonSpan / 360.0 * scale;
            if (spanPixels < 1.2 * text.width())
                continue;
            const QPointF centre = viewport.toPixel(anchor.lonLat);
            const QRectF rect(centre.x() - text.width() / 2.0, centre.y() - text.height() / 2.0,
                              text.width(), text.height());
            // A name right next to a place would read as the place's label.
            if (!frame.contains(rect) || collides(rect.adjusted(-40, -14, 40, 14), occupied))
                continue;
            occupied.append(rect);
            m_placedCountryLabels.append(PlacedLabel{country.id, name, rect});
            break;
        }
    }
}

void MapRenderer::drawMarkers(QPainter &painter)
{
    for (const DrawnMarker &drawn : inDrawOrder(m_drawn)) {
        const MapMarker &marker = m_markers.at(drawn.index);
        const double radius = drawn.radius;
        const QPointF centre = drawn.centre;
        if (marker.highlighted) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlightHalo);
            painter.drawEllipse(centre, radius + highlightHaloWidth, radius + highlightHaloWidth);
            painter.setPen(QPen(highlightOutline, 2.0));
            painter.setBrush(highlightColour);
        } else if (marker.dimmed) {
            painter.setPen(QPen(markerOutline, 1.0));
            painter.setBrush(dimmedColour);
        } else {
            painter.setPen(QPen(markerOutline, 1.5));
            painter.setBrush(markerColour);
        }
        painter.drawEllipse(centre, radius, radius);
        if (drawn.members.size() > 1) {
            // A group: how many places it stands for.
            QFont font = labelFont(u"0"_s, true);
            font.setPixelSize(std::clamp(int(radius), 9, 13));
            painter.setFont(font);
            painter.setPen(Qt::white);
            drawText(painter, circleRect(centre, radius),
                     I18n::LocaleFormat::number(drawn.members.size()));
        }
    }
}

void MapRenderer::drawLabels(QPainter &painter)
{
    for (const PlacedLabel &label : std::as_const(m_placedCountryLabels)) {
        painter.setFont(countryFont(label.text));
        painter.setPen(countryNameColour);
        drawText(painter, label.rect, label.text);
    }
    QHash<QString, const MapMarker *> byId;
    for (const MapMarker &marker : std::as_const(m_markers))
        byId.insert(marker.id, &marker);
    for (const PlacedLabel &label : std::as_const(m_placedLabels)) {
        const MapMarker *marker = byId.value(label.id);
        const bool highlighted = marker && marker->highlighted;
        const bool dimmed = marker && marker->dimmed && !highlighted;
        painter.setPen(Qt::NoPen);
        painter.setBrush(labelBackground);
        painter.drawRoundedRect(label.rect, 3.0, 3.0);
        painter.setFont(labelFont(label.text, highlighted));
        painter.setPen(dimmed ? dimmedLabelColour : labelColour);
        drawText(painter, label.rect, label.text);
    }
}

namespace {

struct ScaleBar
{
    double metres = 0.0;
    double pixels = 0.0;
    QString text;
};

ScaleBar scaleBarFor(const Geo::Viewport &viewport)
{
    const double metresPerPixel = viewport.metresPerPixel();
    const double maxMetres = metresPerPixel * 120.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    ScaleBar bar;
    bar.metres = metres;
    bar.pixels = metres / metresPerPixel;
    return bar;
}

} // namespace

QRectF MapRenderer::scaleBarRect(const QPainter &painter, const Geo::Viewport &viewport) const
{
    const QFont font = labelFont(u"0 km"_s, false);
    const double textHeight = textSize(painter, font, u"0 km"_s).height();
    const double width = std::max(scaleBarFor(viewport).pixels, 60.0) + 16.0;
    const double height = textHeight + 14.0;
    return {10.0, viewport.size().height() - 10.0 - height, width, height};
}

void MapRenderer::drawScaleBar(QPainter &painter, const Geo::Viewport &viewport)
{
    ScaleBar bar = scaleBarFor(viewport);
    // Whole kilometres or metres (the bar's lengths are 1, 2 or 5 × 10^k), in
    // the UI's digits.
    bar.text = bar.metres >= 1000.0
                   ? tr("%1 km").arg(I18n::LocaleFormat::number(std::llround(bar.metres / 1000.0)))
                   : tr("%1 m").arg(I18n::LocaleFormat::number(std::llround(bar.metres)));
    const QRectF box = scaleBarRect(painter, viewport);
    painter.setPen(Qt::NoPen);
    painter.setBrush(labelBackground);
    painter.drawRoundedRect(box, 3.0, 3.0);

    const double left = box.left() + 8.0;
    const double baseline = box.bottom() - 5.0;
    QPen pen(labelColour, 1.5);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(left, baseline), QPointF(left + bar.pixels, baseline));
    painter.drawLine(QPointF(left, baseline), QPointF(left, baseline - 5.0));
    painter.drawLine(QPointF(left + bar.pixels, baseline),
                     QPointF(left + bar.pixels, baseline - 5.0));
    painter.setFont(labelFont(bar.text, false));
    const QRectF textRect(box.left(), box.top() + 2.0, box.width(), box.height() - 11.0);
    drawText(painter, textRect, bar.text);
}

void MapRenderer::render(QPainter &painter, const Geo::Viewport &viewport)
{
    painter.save();
    // The map is content, not chrome: never mirrored.
    painter.setLayoutDirection(Qt::LeftToRight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF frame(QPointF(0, 0), viewport.size());
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.fillRect(frame, seaColour);

    drawCountries(painter, viewport);
    drawFeatures(painter, viewport);
    m_drawn = drawnMarkers(viewport);
    layoutLabels(painter, viewport,
                 {m_scaleBarVisible ? scaleBarRect(painter, viewport) : QRectF(),
                  featureLegendRect(painter, viewport)});
    drawMarkers(painter);
    drawFocus(painter);
    drawLabels(painter);
    if (m_scaleBarVisible)
        drawScaleBar(painter, viewport);
    drawFeatureLegend(painter, viewport);
    painter.restore();
}

QString MapRenderer::markerAt(const Geo::Viewport &viewport, QPointF pixel) const
{
    const QList<DrawnMarker> order = inDrawOrder(drawnMarkers(viewport));
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const double reach = it->radius + 2.0;
        if (std::hypot(pixel.x() - it->centre.x(), pixel.y() - it->centre.y()) <= reach)
            return m_markers.at(it->index).id;
    }
    for (const PlacedLabel &label : m_placedLabels) {
        if (label.rect.contains(pixel))
            return label.id;
    }
    return {};
}

// ---- Line and area features -------------------------------------------------

namespace {

QPen featurePen(Geo::MapFeature::Kind kind)
{
    QPen pen;
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (kind) {
    case Geo::MapFeature::Kind::FrontLine:
        pen.setColor(frontLineColour);
        pen.setWidthF(2.5);
        pen.setStyle(Qt::DashLine);
        break;
    case Geo::MapFeature::Kind::CeasefireLine:
        pen.setColor(ceasefireColour);
        pen.setWidthF(2.5);
        break;
    case Geo::MapFeature::Kind::River:
        pen.setColor(riverColour);
        pen.setWidthF(2.0);
        break;
    case Geo::MapFeature::Kind::Region:
        pen.setColor(regionOutline);
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashDotLine);
        break;
    }
    return pen;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

bool MapRenderer::hasFeature(const QString &entityId) const
{
    return std::any_of(m_features.cbegin(), m_features.cend(),
                       [&](const Geo::MapFeature &f) { return f.entityId == entityId; });
}

QList<QPolygonF> MapRenderer::featurePixels(const Geo::MapFeature &feature,
                                            const Geo::Viewport &viewport)
{
    QList<QPolygonF> out;
    auto project = [&viewport](const Geo::Ring &ring) {
        QPolygonF polygon;
        polygon.reserve(ring.size());
        for (const QPointF &lonLat : ring)
            polygon.append(viewport.toPixel(lonLat));
        return polygon;
    };
    for (const Geo::Ring &line : feature.lines)
        out.append(project(line));
    for (const Geo::Polygon &polygon : feature.polygons) {
        out.append(project(polygon.outer));
        for (const Geo::Ring &hole : polygon.holes)
            out.append(project(hole));
    }
    return out;
}

QList<qsizetype> MapRenderer::featuresInView(const Geo::Viewport &viewport) const
{
    QList<qsizetype> out;
    const QRectF visible = viewport.visibleBounds();
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        const QRectF &b = m_features.at(i).bounds;
        // Lines are boxes of no height when they run along a parallel.
        if (b.left() <= visible.right() && b.right() >= visible.left() &&
            b.top() <= visible.bottom() && b.bottom() >= visible.top())
            out.append(i);
    }
    return out;
}

// Areas first (under everything), then lines; a highlighted feature gets a
// wide halo under its own stroke.
void MapRenderer::drawFeatures(QPainter &painter, const Geo::Viewport &viewport)
{
    const QList<qsizetype> shown = featuresInView(viewport);
    for (const bool areas : {true, false}) {
        for (const qsizetype index : shown) {
            const Geo::MapFeature &feature = m_features.at(index);
            if (feature.isArea() != areas)
                continue;
            const QList<QPolygonF> parts = featurePixels(feature, viewport);
            const bool highlighted = m_highlightedEntities.contains(feature.entityId);
            if (highlighted) {
                QPen halo(featureHighlight, 8.0);
                halo.setJoinStyle(Qt::RoundJoin);
                halo.setCapStyle(Qt::RoundCap);
                painter.setPen(halo);
                painter.setBrush(Qt::NoBrush);
                for (const QPolygonF &part : parts)
                    feature.isArea() ? painter.drawPolygon(part) : painter.drawPolyline(part);
            }
            painter.setPen(featurePen(feature.kind));
            if (feature.isArea()) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF &part : parts)
                    path.addPolygon(part);
                path.closeSubpath();
                painter.setBrush(regionFill);
                painter.drawPath(path);
            } else {
                painter.setBrush(Qt::NoBrush);
                for (const QPolygonF &part : parts)
                    painter.drawPolyline(part);
            }
        }
    }
}

QString MapRenderer::featureAt(const Geo::Viewport &viewport, QPointF pixel) const
{
    constexpr double reach = 5.0;
    for (const qsizetype index : featuresInView(viewport)) {
        const Geo::MapFeature &feature = m_features.at(index);
        if (feature.isArea())
            continue; // an area answers every click inside it: not a target
        for (const QPolygonF &line : featurePixels(feature, viewport)) {
            for (qsizetype i = 1; i < line.size(); ++i) {
                if (distanceToSegment(pixel, line.at(i - 1), line.at(i)) <= reach)
                    return feature.entityId;
            }
        }
    }
    return {};
}

namespace {

constexpr double legendSwatch = 26.0;
constexpr double legendPadding = 6.0;

QString featureName(const Geo::MapFeature &feature, const QString &language)
{
    return language == u"ar"_s && !feature.nameAr.isEmpty() ? feature.nameAr : feature.nameEn;
}

} // namespace

// What each line means, in the top-left corner, for the features in view.
QRectF MapRenderer::featureLegendRect(const QPainter &painter, const Geo::Viewport &viewport) const
{
    const QList<qsizetype> shown = featuresInView(viewport);
    if (shown.isEmpty())
        return {};
    double width = 0.0, height = legendPadding;
    for (const qsizetype index : shown) {
        const QString name = featureName(m_features.at(index), m_language);
        const QSizeF size = textSize(painter, labelFont(name, false), name);
        width = std::max(width, size.width());
        height += size.height();
    }
    return {10.0, 10.0, width + legendSwatch + 3 * legendPadding, height + legendPadding};
}

void MapRenderer::drawFeatureLegend(QPainter &painter, const Geo::Viewport &viewport)
{
    const QRectF box = featureLegendRect(painter, viewport);
    if (box.isNull())
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(labelBackground);
    painter.drawRoundedRect(box, 3.0, 3.0);
    double y = box.top() + legendPadding;
    for (const qsizetype index : featuresInView(viewport)) {
        const Geo::MapFeature &feature = m_features.at(index);
        const QString name = featureName(feature, m_language);
        const QFont font = labelFont(name, false);
        const double h = textSize(painter, font, name).height();
        const double cy = y + h / 2.0;
        const double x = box.left() + legendPadding;
        painter.setPen(featurePen(feature.kind));
        if (feature.isArea()) {
            painter.setBrush(regionFill);
            painter.drawRect(QRectF(x, cy - 5.0, legendSwatch, 10.0));
        } else {
            painter.drawLine(QPointF(x, cy), QPointF(x + legendSwatch, cy));
        }
        painter.setFont(font);
        painter.setPen(labelColour);
        const QRectF textRect(x + legendSwatch + legendPadding, y,
                              box.right() - legendPadding - (x + legendSwatch + legendPadding), h);
        QTextOption option(Qt::AlignVCenter | Qt::AlignLeft | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::NoWrap);
        const Qt::LayoutDirection direction =
            name.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        option.setTextDirection(direction);
        painter.drawText(textRect, TimelineRenderer::withExplicitDirection(name, direction),
                         option);
        y += h;
    }
}

// The keyboard focus: a dashed ring around the focused marker (or its group).
void MapRenderer::drawFocus(QPainter &painter)
{
    if (m_focused.isEmpty())
        return;
    for (const DrawnMarker &drawn : std::as_const(m_drawn)) {
        const bool member =
            std::any_of(drawn.members.cbegin(), drawn.members.cend(),
                        [&](qsizetype i) { return m_markers.at(i).id == m_focused; });
        if (!member)
            continue;
        const double r = drawn.radius + highlightHaloWidth + 2.0;
        painter.setPen(QPen(focusColour, 2.0, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(drawn.centre, r, r);
        return;
    }
}

} // namespace Marsad::Render

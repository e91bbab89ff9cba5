// The interactive map: MapRenderer plus wheel zoom about the cursor, drag to
// pan, keyboard zoom and pan, marker hover and click, and export to PNG, SVG
// and PDF through the same renderer. It knows nothing of other views: it is
// given markers and reports marker ids; the window wires it to the filter.
//
// From the keyboard: Tab gives it focus and then walks the markers (most
// important first) before leaving; the arrow keys move the focus ring to the
// nearest marker in that direction (and pan when there is none, or with
// Ctrl); Enter or Space reports the focused marker as a click would. The map
// is never mirrored, so neither are the arrows.
#pragma once

#include "maprenderer.h"
#include "projection.h"

#include <QWidget>

namespace Marsad::Widgets {

class MapView final : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Loads the bundled Natural Earth basemap; false (and errorString()) on failure.
    bool loadBasemap();
    void setCountries(QList<Geo::CountryShape> countries);
    /// Names to show for countries, by ISO numeric id (e.g. Arabic ones).
    void setCountryNames(QHash<QString, QString> namesById);
    void setMarkers(QList<Render::MapMarker> markers);
    const QList<Render::MapMarker> &markers() const;

    const Geo::Viewport &viewport() const { return m_viewport; }
    void setViewport(const Geo::Viewport &viewport);
    /// Shows all markers (the conflict zone when there are none).
    void fitAll();
    /// The default view: Shusha, Stepanakert and Jabrayil readable.
    void showConflictZone();
    /// Centres on a place, zooming in to at least \a minZoom.
    void centreOn(double lon, double lat, double minZoom = 9.0);
    /// Pans just enough to bring a place \a marginPixels inside the view;
    /// does nothing when it is already there (the zoom never changes).
    void ensureVisible(double lon, double lat, double marginPixels = 40.0);

    /// The marker with the keyboard focus ring (its id), or empty.
    QString focusedMarker() const { return m_focusId; }
    void setFocusedMarker(const QString &id);

    /// Writes the map as it is shown to \a path; the format follows the suffix
    /// (.png, .svg, .pdf). \a size is the logical size (the view's when empty,
    /// keeping its centre and zoom); PNGs are \a pixelRatio times larger.
    bool exportImage(const QString &path, QSize size = {}, double pixelRatio = 2.0);
    QString errorString() const { return m_errorString; }

    /// One-shot pick mode (issue 15): the next click on the map (not a drag)
    /// emits pointPicked() with its coordinates instead of choosing a marker;
    /// Escape cancels it with pickCanceled().
    void startPick();
    void cancelPick();
    bool isPicking() const { return m_picking; }

    Render::MapRenderer &renderer() { return m_renderer; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void markerClicked(const QString &id);
    /// Emitted when the marker under the cursor changes; empty when none.
    void markerHovered(const QString &id);
    void viewportChanged();
    void pointPicked(double lat, double lon);
    void pickCanceled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void changeViewport(const Geo::Viewport &viewport);
    void setHovered(const QString &id);
    /// Marker ids as drawn now, most important first (one per group).
    QStringList drawnIds() const;
    /// The drawn marker nearest the focused one in direction (dx, dy), or empty.
    QString neighbour(double dx, double dy) const;

    Render::MapRenderer m_renderer;
    Geo::Viewport m_viewport;
    bool m_viewportSet = false;
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_picking = false;
    QString m_hovered;
    QString m_focusId;
    QString m_errorString;
};

} // namespace Marsad::Widgets

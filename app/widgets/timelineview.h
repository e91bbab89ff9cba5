// The interactive timeline: the TimelineRenderer plus zoom (wheel, keys),
// pan (drag, Ctrl+arrows), "fit all" (Home), a date-range brush on the axis
// that sets the shared filter's range, hover cards and clicks that open the
// item's article. From the keyboard: Tab gives it focus, the arrow keys move
// a focus ring from marker to marker (left/right along a lane, up/down
// between lanes), Enter or Space opens the item as a click does, and the Menu
// key or Shift+F10 opens the item's context menu. It reads the TimelineModel
// and writes the FilterState; it never talks to other views.
//
// The layout is kept between repaints: hover, focus, the brush and the shaded
// date range only repaint; zoom, pan, filter and size lay out again.
#pragma once

#include "timelinerenderer.h"

#include <QWidget>

#include <functional>

class QMenu;

namespace Marsad::Index {
class FilterState;
}

namespace Marsad::Widgets {

class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    TimelineView(Models::TimelineModel *model, Index::FilterState *filter,
                 QWidget *parent = nullptr);

    /// Names for the hover card: entity id -> display name.
    using EntityName = std::function<QString(const QString &id)>;
    void setEntityName(EntityName name) { m_entityName = std::move(name); }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setRange(QDate from, QDate to);
    /// Shows every item that passes the filter (all items when none passes).
    void fitAll();
    /// Shows where the passing items are dense (TimelineModel::focusRange).
    void fitFocus();
    void zoom(qreal factor, QDate around = {});

    /// The current view as a scene for export: the same range and items,
    /// with title, filter summary and legend.
    Render::TimelineScene exportScene(const QString &title, const QString &filterSummary) const;
    const Render::TimelineLayout &currentLayout() const { return m_layout; }
    Render::TimelineScene scene() const;

    /// The item under the keyboard focus ring (a model row), or -1.
    qsizetype focusedItem() const { return m_focusItem; }
    /// Puts the focus ring on the marker of \a item (when it is drawn).
    void setFocusedItem(qsizetype item);
    /// How many times the view has laid itself out (for tests of the cache).
    int layoutCount() const { return m_layoutCount; }

Q_SIGNALS:
    /// An item was clicked or activated from the keyboard: its model row.
    void itemActivated(qsizetype item);
    /// The context menu of \a item (a model row) is about to show: others may
    /// add their actions to \a menu (the window adds "Add Note…").
    void itemMenuAboutToShow(QMenu *menu, qsizetype item);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void relayout();
    void pan(qreal pixels);
    QString hoverCard(const Render::PlacedMarker &marker) const;
    /// The marker next to the focused one on screen: \a dx -1/+1 along its
    /// lane, \a dy -1/+1 to the lane above/below; -1 when there is none.
    qsizetype neighbour(int dx, int dy) const;
    /// The first marker in reading order (earliest time, first lane).
    qsizetype firstMarker() const;
    void showItemMenu(qsizetype marker, const QPoint &pos);

    Models::TimelineModel *m_model;
    Index::FilterState *m_filter;
    EntityName m_entityName;
    QDate m_from;
    QDate m_to;
    Render::TimelineLayout m_layout;
    qsizetype m_hovered = -1;
    qsizetype m_focusItem = -1; ///< Model row of the focused marker's first item.
    int m_layoutCount = 0;
    // Mouse gestures.
    enum class Drag
    {
        None,
        Pan,
        Brush
    } m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QDate m_brushFrom;
    QDate m_brushTo;
    bool m_moved = false;
};

} // namespace Marsad::Widgets

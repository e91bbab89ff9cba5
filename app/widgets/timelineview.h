// The interactive timeline: the TimelineRenderer plus zoom (wheel, keys),
// pan (drag, arrows), "fit all" (Home), a date-range brush on the axis that
// sets the shared filter's range, hover cards and clicks that open the item's
// article. It reads the TimelineModel and writes the FilterState; it never
// talks to other views.
#pragma once

#include "timelinerenderer.h"

#include <QWidget>

#include <functional>

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

Q_SIGNALS:
    /// An item was clicked: its model row.
    void itemActivated(qsizetype item);

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

private:
    void relayout();
    void pan(qreal pixels);
    QString hoverCard(const Render::PlacedMarker &marker) const;

    Models::TimelineModel *m_model;
    Index::FilterState *m_filter;
    EntityName m_entityName;
    QDate m_from;
    QDate m_to;
    Render::TimelineLayout m_layout;
    qsizetype m_hovered = -1;
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

#include "timelineview.h"

#include "filterstate.h"
#include "timelineexport.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;
using Marsad::Models::TimelineItem;

namespace Marsad::Widgets {

TimelineView::TimelineView(Models::TimelineModel *model, Index::FilterState *filter,
                           QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(filter)
{
    setObjectName(u"timelineView"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_focusItem = -1;
        fitFocus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::relayout);
    // The shaded date range is drawn from the filter; it needs no layout.
    connect(m_filter, &Index::FilterState::changed, this, qOverload<>(&QWidget::update));
}

Render::TimelineScene TimelineView::scene() const
{
    Render::TimelineScene s;
    s.items = &m_model->items();
    s.from = m_from;
    s.to = m_to;
    s.rightToLeft = layoutDirection() == Qt::RightToLeft;
    s.language = s.rightToLeft ? u"ar"_s : u"en"_s;
    s.font = Render::TimelineExporter::defaultFont();
    s.rangeFrom = m_filter->from();
    s.rangeTo = m_filter->to();
    s.brushFrom = m_brushFrom;
    s.brushTo = m_brushTo;
    s.hoveredItem = m_hovered >= 0 && m_hovered < m_layout.markers.size()
                        ? m_layout.markers.at(m_hovered).items.first()
                        : -1;
    s.focusedItem = hasFocus() ? m_focusItem : -1;
    return s;
}

Render::TimelineScene TimelineView::exportScene(const QString &title,
                                                const QString &filterSummary) const
{
    Render::TimelineScene s = scene();
    s.brushFrom = s.brushTo = {};
    s.hoveredItem = -1;
    s.focusedItem = -1;
    s.title = title;
    s.filterSummary = filterSummary;
    s.showHeader = true;
    return s;
}

void TimelineView::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to)
        std::swap(from, to);
    // Between a week and five centuries.
    if (from.daysTo(to) < 6)
        to = from.addDays(6);
    if (from.daysTo(to) > 365 * 500)
        to = from.addDays(365 * 500);
    m_from = from;
    m_to = to;
    relayout();
}

void TimelineView::fitAll()
{
    auto [first, last] = m_model->passingRange();
    if (!first.isValid()) {
        first = m_model->firstDate();
        last = m_model->lastDate();
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addMonths(-1);
        last = QDate::currentDate();
    }
    const qint64 pad = std::max<qint64>(2, first.daysTo(last) / 20);
    setRange(first.addDays(-pad), last.addDays(pad));
}

void TimelineView::fitFocus()
{
    const auto [first, last] = m_model->focusRange();
    if (!first.isValid()) {
        fitAll();
        return;
    }
    const qint64 pad = std::max<qint64>(2, first.daysTo(last) / 20);
    setRange(first.addDays(-pad), last.addDays(pad));
}

void TimelineView::zoom(qreal factor, QDate around)
{
    if (!m_from.isValid())
        return;
    if (!around.isValid())
        around = m_from.addDays(m_from.daysTo(m_to) / 2);
    const qreal before = qreal(m_from.daysTo(around)), after = qreal(around.daysTo(m_to));
    setRange(around.addDays(-qint64(std::llround(before / factor))),
             around.addDays(qint64(std::llround(after / factor))));
}

void TimelineView::pan(qreal pixels)
{
    if (!m_from.isValid() || m_layout.axis.width() <= 0)
        return;
    const qreal daysPerPixel = qreal(m_from.daysTo(m_to) + 1) / m_layout.axis.width();
    qint64 days = qint64(std::llround(pixels * daysPerPixel));
    if (layoutDirection() == Qt::RightToLeft)
        days = -days;
    if (days != 0)
        setRange(m_from.addDays(-days), m_to.addDays(-days));
}

void TimelineView::relayout()
{
    m_layout = Render::TimelineRenderer::layout(scene(), QRectF(rect()));
    ++m_layoutCount;
    // Marker indices change with the layout; items do not.
    m_hovered = -1;
    // A focus ring whose item left the view goes to the first one shown.
    if (hasFocus() && Render::TimelineRenderer::markerOf(m_layout, m_focusItem) < 0) {
        const qsizetype first = firstMarker();
        m_focusItem = first >= 0 ? m_layout.markers.at(first).items.first() : -1;
    }
    update();
}

void TimelineView::setFocusedItem(qsizetype item)
{
    if (item == m_focusItem)
        return;
    m_focusItem = item;
    update();
}

qsizetype TimelineView::firstMarker() const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_layout.markers.size(); ++i) {
        const Render::PlacedMarker &m = m_layout.markers.at(i);
        if (best < 0)
            best = i;
        const Render::PlacedMarker &b = m_layout.markers.at(best);
        if (int(m.lane) != int(b.lane)) {
            if (int(m.lane) < int(b.lane))
                best = i;
            continue;
        }
        const qreal x = m.shape.center().x(), bx = b.shape.center().x();
        if (rtl ? x > bx : x < bx)
            best = i;
    }
    return best;
}

qsizetype TimelineView::neighbour(int dx, int dy) const
{
    const qsizetype current = Render::TimelineRenderer::markerOf(m_layout, m_focusItem);
    if (current < 0)
        return firstMarker();
    const Render::PlacedMarker &from = m_layout.markers.at(current);
    const QPointF origin = from.shape.center();
    qsizetype best = -1;
    qreal bestDistance = 0;
    for (qsizetype i = 0; i < m_layout.markers.size(); ++i) {
        const Render::PlacedMarker &m = m_layout.markers.at(i);
        if (i == current)
            continue;
        const QPointF c = m.shape.center();
        qreal distance = 0;
        if (dx != 0) {
            // Along the same lane, the nearest marker on that side.
            if (m.lane != from.lane || (c.x() - origin.x()) * dx <= 0)
                continue;
            distance = std::abs(c.x() - origin.x());
        } else {
            // The next lane up or down that has markers, nearest in x.
            const int step = int(m.lane) - int(from.lane);
            if (step * dy <= 0)
                continue;
            distance = std::abs(step) * 1e6 + std::abs(c.x() - origin.x());
        }
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    if (Render::TimelineRenderer::markerOf(m_layout, m_focusItem) < 0) {
        const qsizetype first = firstMarker();
        m_focusItem = first >= 0 ? m_layout.markers.at(first).items.first() : -1;
    }
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const qsizetype marker = event->reason() == QContextMenuEvent::Keyboard
                                 ? Render::TimelineRenderer::markerOf(m_layout, m_focusItem)
                                 : Render::TimelineRenderer::markerAt(m_layout, event->pos());
    if (marker < 0)
        return;
    showItemMenu(marker, event->reason() == QContextMenuEvent::Keyboard
                             ? m_layout.markers.at(marker).shape.center().toPoint()
                             : event->pos());
}

void TimelineView::showItemMenu(qsizetype marker, const QPoint &pos)
{
    const qsizetype row = m_layout.markers.at(marker).items.first();
    const TimelineItem item = m_model->items().at(row);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"timelineItemMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open the Article"), this, [this, row] { Q_EMIT itemActivated(row); });
    if (item.isDated()) {
        menu->addAction(tr("Show Only These &Dates"), this,
                        [this, item] { m_filter->setDateRange(item.start, item.end); });
    }
    menu->addAction(tr("&Copy the Evidence"), this, [item] {
        QApplication::clipboard()->setText(item.evidence.isEmpty() ? item.label : item.evidence);
    });
    Q_EMIT itemMenuAboutToShow(menu, row);
    m_focusItem = row;
    update();
    menu->popup(mapToGlobal(pos));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Render::TimelineRenderer::paint(painter, scene(), m_layout);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    relayout();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        relayout();
    QWidget::changeEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    const Render::TimelineScene s = scene();
    if (m_layout.axis.contains(m_pressPos)) {
        m_drag = Drag::Brush;
        m_brushFrom = m_brushTo =
            Render::TimelineRenderer::dateAt(s, m_layout.axis, m_pressPos.x());
    } else {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    if (m_drag == Drag::Pan) {
        pan(pos.x() - m_lastPos.x());
        m_lastPos = pos;
        return;
    }
    if (m_drag == Drag::Brush) {
        m_brushTo = Render::TimelineRenderer::dateAt(scene(), m_layout.axis, pos.x());
        update(); // the brush is drawn from the scene: no new layout
        return;
    }
    const qsizetype hovered = Render::TimelineRenderer::markerAt(m_layout, pos);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0
                      ? Qt::PointingHandCursor
                      : (m_layout.axis.contains(pos) ? Qt::IBeamCursor : Qt::OpenHandCursor));
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Brush) {
        const QDate a = m_brushFrom, b = m_brushTo;
        m_brushFrom = m_brushTo = {};
        if (m_moved && a.isValid() && b.isValid())
            m_filter->setDateRange(std::min(a, b), std::max(a, b));
        else
            m_filter->clearDateRange(); // a click on the axis clears the range
        update();
        return;
    }
    if (!m_moved) {
        const qsizetype marker = Render::TimelineRenderer::markerAt(m_layout, event->position());
        if (marker >= 0) {
            const qsizetype item = m_layout.markers.at(marker).items.first();
            setFocusedItem(item);
            Q_EMIT itemActivated(item);
        }
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QDate around =
        Render::TimelineRenderer::dateAt(scene(), m_layout.axis, event->position().x());
    zoom(std::pow(1.25, steps), around);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    auto moveFocus = [this](int dx, int dy) {
        const qsizetype next = neighbour(dx, dy);
        if (next >= 0) {
            setFocusedItem(m_layout.markers.at(next).items.first());
            return true;
        }
        return false;
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5);
        return;
    case Qt::Key_Minus:
        zoom(1 / 1.5);
        return;
    // Arrows move the focus ring on screen; past the last marker (or with
    // Ctrl) they pan.
    case Qt::Key_Left:
        if (ctrl || !moveFocus(-1, 0))
            pan(width() / 5.0);
        return;
    case Qt::Key_Right:
        if (ctrl || !moveFocus(1, 0))
            pan(-width() / 5.0);
        return;
    case Qt::Key_Up:
        moveFocus(0, -1);
        return;
    case Qt::Key_Down:
        moveFocus(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (Render::TimelineRenderer::markerOf(m_layout, m_focusItem) >= 0) {
            Q_EMIT itemActivated(m_focusItem);
            return;
        }
        break;
    case Qt::Key_Menu:
        if (const qsizetype marker = Render::TimelineRenderer::markerOf(m_layout, m_focusItem);
            marker >= 0) {
            showItemMenu(marker, m_layout.markers.at(marker).shape.center().toPoint());
            return;
        }
        break;
    case Qt::Key_F10:
        if (event->modifiers() & Qt::ShiftModifier) {
            if (const qsizetype marker = Render::TimelineRenderer::markerOf(m_layout, m_focusItem);
                marker >= 0) {
                showItemMenu(marker, m_layout.markers.at(marker).shape.center().toPoint());
                return;
            }
        }
        break;
    case Qt::Key_Home:
        fitAll();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype marker = Render::TimelineRenderer::markerAt(m_layout, help->pos());
        if (marker >= 0)
            QToolTip::showText(help->globalPos(), hoverCard(m_layout.markers.at(marker)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::hoverCard(const Render::PlacedMarker &marker) const
{
    const QString language = layoutDirection() == Qt::RightToLeft ? u"ar"_s : u"en"_s;
    QString html;
    const int shown = int(std::min<qsizetype>(marker.items.size(), 4));
    for (int i = 0; i < shown; ++i) {
        const TimelineItem &item = m_model->items().at(marker.items.at(i));
        QString date;
        if (item.isDated()) {
            date = Render::TimelineRenderer::formatDate(item.start, item.precision, language);
            if (item.end != item.start && item.precision == Time::Precision::Range)
                date += u" – "_s + Render::TimelineRenderer::formatDate(
                                       item.end, Time::Precision::Day, language);
        } else {
            date = tr("no date");
        }
        QString kind =
            item.lane == TimelineItem::Lane::Events
                ? tr("event, %1 precision")
                      .arg(Render::TimelineRenderer::precisionName(item.precision, language))
            : !item.isDated() ? tr("publication date unknown")
            : item.isInferred()
                ? tr("publication date, inferred (%1%)").arg(qRound(item.confidence * 100))
                : tr("publication date, %1").arg(Time::basisName(item.basis));
        QStringList names;
        for (const QString &id : item.entityIds.mid(0, 8))
            names.append(m_entityName ? m_entityName(id) : id);
        QString evidence = item.evidence;
        if (evidence.size() > 280)
            evidence = evidence.left(280) + u'…';
        html += u"<p><b>%1</b> — %2</p><p dir='rtl'>%3</p>"_s.arg(date.toHtmlEscaped(), kind,
                                                                  evidence.toHtmlEscaped());
        if (!names.isEmpty())
            html += u"<p dir='rtl'><i>%1</i></p>"_s.arg(names.join(u"، "_s).toHtmlEscaped());
        if (i + 1 < shown)
            html += u"<hr>"_s;
    }
    if (marker.items.size() > shown)
        html +=
            u"<p>"_s + tr("… and %n more", nullptr, int(marker.items.size() - shown)) + u"</p>"_s;
    return html;
}

} // namespace Marsad::Widgets

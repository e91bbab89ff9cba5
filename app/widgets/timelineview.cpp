#include "timelineview.h"

#include "filterstate.h"
#include "timelineexport.h"

#include <QHelpEvent>
#include <QKeyEvent>
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::fitFocus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::relayout);
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
    s.brushFrom = m_brushFrom;
    s.brushTo = m_brushTo;
    s.hoveredItem = m_hovered >= 0 && m_hovered < m_layout.markers.size()
                        ? m_layout.markers.at(m_hovered).items.first()
                        : -1;
    return s;
}

Render::TimelineScene TimelineView::exportScene(const QString &title,
                                                const QString &filterSummary) const
{
    Render::TimelineScene s = scene();
    s.brushFrom = s.brushTo = {};
    s.hoveredItem = -1;
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
    update();
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
        relayout();
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
        relayout();
        return;
    }
    if (!m_moved) {
        const qsizetype marker = Render::TimelineRenderer::markerAt(m_layout, event->position());
        if (marker >= 0)
            Q_EMIT itemActivated(m_layout.markers.at(marker).items.first());
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
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5);
        return;
    case Qt::Key_Minus:
        zoom(1 / 1.5);
        return;
    case Qt::Key_Left:
        pan(width() / 5.0);
        return;
    case Qt::Key_Right:
        pan(-width() / 5.0);
        return;
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
        QString date = Render::TimelineRenderer::formatDate(item.start, item.precision, language);
        if (item.end != item.start && item.precision == u"range"_s)
            date += u" – "_s + Render::TimelineRenderer::formatDate(item.end, u"day"_s, language);
        QString kind =
            item.lane == TimelineItem::Lane::Articles
                ? (item.inferred
                       ? tr("publication date, inferred (%1%)").arg(qRound(item.confidence * 100))
                       : tr("publication date, dateline"))
                : tr("event, %1 precision").arg(item.precision);
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

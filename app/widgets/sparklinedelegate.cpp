#include "sparklinedelegate.h"

#include "roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Marsad::Widgets {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QList<int> values = index.data(Models::TrendRole).value<QList<int>>();
    if (values.size() < 2)
        return;
    const int peak = *std::max_element(values.cbegin(), values.cend());
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    // Time runs with the reading direction.
    const bool rtl = option.direction == Qt::RightToLeft;
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qreal frac = qreal(i) / qreal(values.size() - 1);
        const qreal x =
            rtl ? area.right() - frac * area.width() : area.left() + frac * area.width();
        const qreal y = area.bottom() - (peak > 0 ? qreal(values.at(i)) / peak : 0) * area.height();
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(
        QPen(selected ? option.palette.highlightedText().color() : QColor(0x00, 0x72, 0xB2), 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 20));
}

} // namespace Marsad::Widgets

// Draws a small line of counts over time (TrendRole) in a table cell.
#pragma once

#include <QStyledItemDelegate>

namespace Marsad::Widgets {

class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Marsad::Widgets

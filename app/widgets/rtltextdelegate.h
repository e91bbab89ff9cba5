// An item delegate that lays out right-to-left text (Arabic titles, names)
// right-aligned and in RTL direction, whatever the direction of the UI.
#pragma once

#include <QStyledItemDelegate>

namespace Marsad::Widgets {

class RtlTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Marsad::Widgets

#include "rtltextdelegate.h"

namespace Marsad::Widgets {

void RtlTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isRightToLeft()) {
        option->direction = Qt::RightToLeft;
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter | Qt::AlignAbsolute;
    }
}

} // namespace Marsad::Widgets

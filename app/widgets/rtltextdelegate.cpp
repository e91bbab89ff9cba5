#include "rtltextdelegate.h"

namespace Marsad::Widgets {

void RtlTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    // Each cell lays out its own text in its own direction (a file name stays
    // "000_x.txt" in the Arabic UI), aligned to the text's own start.
    const bool rtl = option->text.isRightToLeft();
    option->direction = rtl ? Qt::RightToLeft : Qt::LeftToRight;
    option->displayAlignment =
        Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
}

} // namespace Marsad::Widgets

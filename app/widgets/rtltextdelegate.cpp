#include "rtltextdelegate.h"

#include "publisheddate.h"
#include "roles.h"

using namespace Qt::StringLiterals;

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

void PublicationDateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    RtlTextDelegate::initStyleOption(option, index);
    // An inferred publication date is drawn apart from a dateline: "≈", italic.
    const auto basis = Time::PublishedDate::Basis(index.data(Models::DateBasisRole).toInt());
    if (basis == Time::PublishedDate::Basis::Inferred) {
        option->text = u"≈ "_s + option->text;
        option->font.setItalic(true);
    }
}

} // namespace Marsad::Widgets

#include "rtltextdelegate.h"

#include "localeformat.h"
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

QString RtlTextDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // Dates in the UI's language and digits, never ISO or the US short form.
    if (value.metaType().id() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? I18n::LocaleFormat::shortDate(date) : QString();
    }
    return QStyledItemDelegate::displayText(value, locale);
}

void PublicationDateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    RtlTextDelegate::initStyleOption(option, index);
    const QDate start = index.data(Models::StartDateRole).toDate();
    const QDate end = index.data(Models::EndDateRole).toDate();
    if (start.isValid() && end.isValid())
        option->text = start == end ? I18n::LocaleFormat::shortDate(start)
                                    : I18n::LocaleFormat::dateRange(start, end);
    // An inferred publication date is drawn apart from a dateline: "≈", italic.
    const auto basis = Time::PublishedDate::Basis(index.data(Models::DateBasisRole).toInt());
    if (basis == Time::PublishedDate::Basis::Inferred) {
        option->text = u"≈ "_s + option->text;
        option->font.setItalic(true);
    }
}

} // namespace Marsad::Widgets

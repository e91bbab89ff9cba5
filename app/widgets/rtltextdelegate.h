// An item delegate that lays out each cell in the direction of its own text:
// Arabic titles right to left and right-aligned, file names and Latin text
// left to right, whatever the direction of the UI.
#pragma once

#include <QStyledItemDelegate>

namespace Marsad::Widgets {

class RtlTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

/// The date column of the article list: an inferred publication date
/// (DateBasisRole Inferred) is marked "≈" and set in italics, so it never
/// passes for a dateline.
class PublicationDateDelegate final : public RtlTextDelegate
{
    Q_OBJECT
public:
    using RtlTextDelegate::RtlTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Marsad::Widgets

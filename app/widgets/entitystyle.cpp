#include "entitystyle.h"

#include <QCoreApplication>

namespace Marsad::Widgets {

HighlightKind highlightKind(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return HighlightKind::Person;
    case EntityType::Place:
        return HighlightKind::Place;
    case EntityType::Organization:
        return HighlightKind::Organization;
    }
    return HighlightKind::Place;
}

QColor EntityStyle::color(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case HighlightKind::Place:
        return QColor(0x00, 0x72, 0xB2); // blue
    case HighlightKind::Organization:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case HighlightKind::Date:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return Qt::gray;
}

QTextCharFormat EntityStyle::format(HighlightKind kind, bool candidate)
{
    QTextCharFormat f;
    QColor background = color(kind);
    background.setAlpha(candidate ? 40 : 80);
    f.setBackground(background);
    f.setUnderlineColor(color(kind));
    switch (kind) {
    case HighlightKind::Person:
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case HighlightKind::Place:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case HighlightKind::Organization:
        f.setUnderlineStyle(QTextCharFormat::DashDotLine);
        break;
    case HighlightKind::Date:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        break;
    }
    if (candidate)
        f.setUnderlineStyle(QTextCharFormat::DotLine);
    return f;
}

QString EntityStyle::label(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Person:
        return QCoreApplication::translate("Marsad::Widgets::EntityStyle", "Person");
    case HighlightKind::Place:
        return QCoreApplication::translate("Marsad::Widgets::EntityStyle", "Place");
    case HighlightKind::Organization:
        return QCoreApplication::translate("Marsad::Widgets::EntityStyle", "Organisation");
    case HighlightKind::Date:
        return QCoreApplication::translate("Marsad::Widgets::EntityStyle", "Date");
    }
    return {};
}

} // namespace Marsad::Widgets

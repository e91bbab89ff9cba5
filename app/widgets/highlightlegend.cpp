#include "highlightlegend.h"

#include "entitystyle.h"

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

HighlightLegend::HighlightLegend(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"legend"_s);
    QString html;
    const QList<std::pair<HighlightKind, bool>> kinds{{HighlightKind::Person, false},
                                                      {HighlightKind::Place, false},
                                                      {HighlightKind::Organization, false},
                                                      {HighlightKind::Date, false},
                                                      {HighlightKind::Place, true}};
    for (const auto &[kind, candidate] : kinds) {
        QColor background = EntityStyle::color(kind);
        background.setAlpha(candidate ? 40 : 80);
        const QString name = candidate ? tr("Candidate") : EntityStyle::label(kind);
        html += u"<span style='background-color:%1; text-decoration: underline; "
                "text-decoration-color:%2'>&nbsp;%3&nbsp;</span>&nbsp;&nbsp;"_s.arg(
                    background.name(QColor::HexArgb), EntityStyle::color(kind).name(), name);
    }
    html += u"<span style='background-color:#96ffd600'>&nbsp;"_s + tr("search hit") +
            u"&nbsp;</span>&nbsp;&nbsp;"_s;
    html += u"<span style='color:gray'><i>"_s + tr("dimmed: not article text") + u"</i></span>"_s;
    setText(html);
    setContentsMargins(6, 2, 6, 2);
}

} // namespace Marsad::Widgets

#include "entitycards.h"

#include "entitystyle.h"
#include "placemodel.h"

#include "localeformat.h"

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

EntityCards::EntityCards(const Index::FilterResult *corpus, const Models::PlaceModel *places)
    : m_corpus(corpus), m_places(places)
{}

QString EntityCards::entityCard(const QString &entityId) const
{
    const auto &index = m_corpus->index();
    if (!index)
        return {};
    const Index::EntityStats d = index->describe(entityId);
    const QString type = EntityStyle::label(highlightKind(d.type));
    QString html =
        u"<p dir='rtl' style='font-size:large'><b>%1</b></p>"_s.arg(d.nameAr.toHtmlEscaped());
    if (!d.nameEn.isEmpty())
        html += u"<p>%1</p>"_s.arg(d.nameEn.toHtmlEscaped());
    html += u"<p>"_s + (d.candidate ? tr("%1 (candidate, not in the gazetteer)").arg(type) : type) +
            u"<br>"_s + tr("%n mention(s) in the corpus", nullptr, index->mentionCount(entityId)) +
            u"</p><p><i>"_s + tr("Click to filter by it; right-click to hide it.") + u"</i></p>"_s;
    return html;
}

QString EntityCards::placeCard(const QString &placeId) const
{
    const int row = m_places->rowOf(placeId);
    if (row < 0)
        return entityCard(placeId);
    const Index::EntityStats &s = m_places->places().at(row).stats;
    QString html = u"<p dir='rtl' style='font-size:large'><b>%1</b></p><p>%2</p>"_s.arg(
        s.nameAr.toHtmlEscaped(), s.nameEn.toHtmlEscaped());
    html += u"<p>"_s + tr("%n mention(s)", nullptr, s.mentions) + u" · "_s +
            tr("%n article(s)", nullptr, s.articles);
    if (s.first.isValid()) {
        html += u"<br>"_s + I18n::LocaleFormat::dateRange(s.first, s.last);
    }
    html += u"</p><p><i>"_s + tr("Click to filter by it.") + u"</i></p>"_s;
    return html;
}

QString EntityCards::chipLabel(const QString &entityId) const
{
    const auto &index = m_corpus->index();
    if (!index)
        return entityId;
    const Index::EntityStats d = index->describe(entityId);
    Index::Filter only;
    only.included = {entityId};
    const qsizetype articles = index->matching(only).size();
    return (d.nameAr.isEmpty() ? entityId : d.nameAr) + u" · "_s +
           I18n::LocaleFormat::number(articles);
}

} // namespace Marsad::Widgets

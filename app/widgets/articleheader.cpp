#include "articleheader.h"

#include "articlelistmodel.h"

#include "localeformat.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

// Where an evidence phrase stands: the dateline's own span, else its first
// occurrence in the text.
TextSpan spanOf(const Corpus::Article &a, const QString &surface)
{
    if (a.datelineSpan.isValid() && a.dateline.contains(surface))
        return a.datelineSpan;
    const qsizetype at = a.text.indexOf(surface);
    return at >= 0 ? TextSpan{at, at + surface.size()} : TextSpan{};
}

} // namespace

ArticleHeader::ArticleHeader(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"articleHeader"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setContentsMargins(8, 4, 8, 4);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int n = link.section(u':', 1).toInt(&ok);
        if (link.startsWith(u"evidence:"_s) && ok && n >= 0 && n < m_spans.size())
            Q_EMIT spanActivated(m_spans.at(n));
    });
}

QString ArticleHeader::confidenceWords(double confidence)
{
    if (confidence >= 0.8)
        return tr("high confidence");
    if (confidence >= 0.5)
        return tr("medium confidence");
    return tr("low confidence");
}

QString ArticleHeader::basisWords(Time::PublishedDate::Basis basis)
{
    switch (basis) {
    case Time::PublishedDate::Basis::Override:
        return tr("set by the analyst");
    case Time::PublishedDate::Basis::Dateline:
        return tr("from the article's dateline");
    case Time::PublishedDate::Basis::Url:
        return tr("from the article's address");
    case Time::PublishedDate::Basis::Metadata:
        return tr("from the page's metadata");
    case Time::PublishedDate::Basis::Inferred:
        return tr("inferred from the text");
    case Time::PublishedDate::Basis::None:
        return tr("no date found");
    }
    return Time::basisName(basis);
}

QString ArticleHeader::dateText(const Time::PublishedDate &p)
{
    if (p.isNull())
        return tr("Undated");
    using I18n::LocaleFormat;
    if (p.start.isValid() && p.end.isValid() && p.start != p.end)
        return tr("between %1 and %2").arg(LocaleFormat::date(p.start), LocaleFormat::date(p.end));
    switch (p.precision) {
    case Time::Precision::Month:
        return LocaleFormat::date(p.date, I18n::DatePrecision::Month);
    case Time::Precision::Year:
        return LocaleFormat::date(p.date, I18n::DatePrecision::Year);
    case Time::Precision::Decade:
        return LocaleFormat::date(p.date, I18n::DatePrecision::Decade);
    default:
        // The weekday too: outlets write it, and it is a check on the date.
        return LocaleFormat::uiLocale().dayName(p.date.dayOfWeek()) + u' ' +
               LocaleFormat::date(p.date);
    }
}

void ArticleHeader::showArticle(const Analysis::AnalyzedArticle &analyzed,
                                const Entities::Gazetteer *gazetteer)
{
    const Corpus::Article &a = analyzed.article;
    const Time::PublishedDate &p = analyzed.time.published;
    QString html = u"<p dir='rtl' style='font-size:large; margin:0'><b>%1</b></p>"_s.arg(
        a.displayTitle().toHtmlEscaped());
    QStringList facts;
    const QString source = Models::ArticleListModel::sourceOf(analyzed, gazetteer);
    facts.append(tr("Source: %1").arg(source.isEmpty() ? tr("unknown") : source.toHtmlEscaped()));
    facts.append(tr("File: %1").arg(QFileInfo(a.file).fileName().toHtmlEscaped()));
    QString date = u"<b>"_s + dateText(p).toHtmlEscaped() + u"</b>"_s;
    if (!p.isNull())
        date += u" ("_s + basisWords(p.basis) + u", "_s + confidenceWords(p.confidence) + u")"_s;
    facts.append(tr("Published: %1").arg(date));
    html += u"<p style='margin:0'>"_s + facts.join(u" · "_s) + u"</p>"_s;

    m_spans.clear();
    // Every constraint that decided the date, each a link to its place in
    // the text; the ones that disagree with the chosen day apart.
    QList<Time::DateEvidence> constraints = p.constraints;
    if (constraints.isEmpty()) {
        for (const QString &surface : p.evidence)
            constraints.append({Time::DateEvidence::Kind::RecentDate, surface, spanOf(a, surface),
                                QString(), false});
    }
    QStringList links, conflicts;
    for (const Time::DateEvidence &c : std::as_const(constraints)) {
        const QString surface = u"<span dir='rtl'>%1</span>"_s.arg(c.surface.toHtmlEscaped());
        QString item = surface;
        if (c.span.isValid() && c.span.end <= a.text.size()) {
            item = u"<a href='evidence:%1'>%2</a>"_s.arg(m_spans.size()).arg(surface);
            m_spans.append(c.span);
        }
        (c.conflicting ? conflicts : links).append(item);
    }
    if (!links.isEmpty())
        html +=
            u"<p style='margin:0'>"_s + tr("Evidence: %1").arg(links.join(u" · "_s)) + u"</p>"_s;
    for (const QString &c : p.conflicts) {
        if (!std::any_of(constraints.cbegin(), constraints.cend(),
                         [&](const Time::DateEvidence &e) { return e.surface == c; }))
            conflicts.append(u"<span dir='rtl'>%1</span>"_s.arg(c.toHtmlEscaped()));
    }
    if (!conflicts.isEmpty())
        html += u"<p style='margin:0'>"_s + tr("Disagreeing: %1").arg(conflicts.join(u" · "_s)) +
                u"</p>"_s;
    setText(html);
}

void ArticleHeader::clearArticle()
{
    m_spans.clear();
    clear();
}

} // namespace Marsad::Widgets

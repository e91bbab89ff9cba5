#include "citation.h"

#include "articleheader.h"
#include "articlelistmodel.h"

#include <QFileInfo>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'؟' || c == u'\n' || c == u'\r' ||
           c == QChar::ParagraphSeparator;
}

} // namespace

Citation::Citation(const Analysis::AnalyzedArticle &article, const Entities::Gazetteer *gazetteer,
                   QString quote)
    : m_title(article.article.displayTitle()),
      m_source(Models::ArticleListModel::sourceOf(article, gazetteer)),
      m_date(ArticleHeader::dateText(article.time.published)),
      m_file(QFileInfo(article.article.file).fileName()), m_quote(std::move(quote).trimmed())
{
    if (!article.time.published.isNull())
        m_date += u" ("_s + ArticleHeader::basisWords(article.time.published.basis) + u')';
}

QString Citation::sentenceAt(const QString &text, qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, text.size());
    qsizetype start = position;
    while (start > 0 && !endsSentence(text.at(start - 1)))
        --start;
    qsizetype end = position;
    while (end < text.size() && !endsSentence(text.at(end)))
        ++end;
    if (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
        ++end; // keep the full stop
    return text.mid(start, end - start).trimmed();
}

QString Citation::plainText() const
{
    QStringList parts{m_title};
    if (!m_source.isEmpty())
        parts.append(m_source);
    parts.append(m_date);
    parts.append(tr("file %1").arg(m_file));
    QString text;
    if (!m_quote.isEmpty())
        text = u"«"_s + m_quote + u"»\n"_s;
    return text + u"— "_s + parts.join(u", "_s);
}

QString Citation::html() const
{
    QString html;
    if (!m_quote.isEmpty())
        html = u"<blockquote dir='rtl'>«%1»</blockquote>"_s.arg(m_quote.toHtmlEscaped());
    html += u"<p>— <span dir='rtl'><b>%1</b></span>"_s.arg(m_title.toHtmlEscaped());
    if (!m_source.isEmpty())
        html += u", <i>%1</i>"_s.arg(m_source.toHtmlEscaped());
    html +=
        u", %1, %2</p>"_s.arg(m_date.toHtmlEscaped(), tr("file %1").arg(m_file).toHtmlEscaped());
    return html;
}

QMimeData *Citation::mimeData() const
{
    auto *data = new QMimeData;
    data->setText(plainText());
    data->setHtml(html());
    return data;
}

} // namespace Marsad::Widgets

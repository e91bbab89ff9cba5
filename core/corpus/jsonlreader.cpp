#include "jsonlreader.h"

#include "articlemetadata.h"
#include "htmlextractor.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {

JsonlResult JsonlReader::read(const QString &text, const QString &file)
{
    JsonlResult result;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(n + 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString reason = doc.isObject() || error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : tr("not a JSON object");
            result.issues.append(Issue::error(file, tr("line %1: %2").arg(lineNumber).arg(reason)));
            continue;
        }
        const QJsonObject o = doc.object();
        QString body = o.value(u"text"_s).toString();
        if (body.isEmpty())
            body = o.value(u"content"_s).toString();
        if (body.trimmed().isEmpty()) {
            result.issues.append(
                Issue::error(file, tr("line %1: no \"text\" field").arg(lineNumber)));
            continue;
        }
        Article article;
        article.file = file;
        article.indexInFile = lineNumber;
        article.encoding = u"UTF-8"_s;
        // Scrapers often keep the page's markup in "text".
        if (HtmlExtractor::looksLikeHtml(body)) {
            const HtmlDocument html = HtmlExtractor::extract(body);
            body = html.text;
            article.title = html.title;
            article.dateline = html.dateline;
        }
        article.text = body;
        article.title = o.value(u"title"_s).toString(article.title).trimmed();
        article.dateline = ArticleMetadata::jsonlDate(o, article.dateline);
        article.url = o.value(u"url"_s).toString().trimmed();
        article.source = o.value(u"source"_s).toString().trimmed();
        result.articles.append(std::move(article));
    }
    return result;
}

} // namespace Marsad::Corpus

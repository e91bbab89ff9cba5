#include "jsonlreader.h"

#include "articlemetadata.h"
#include "htmlextractor.h"
#include "textdecoder.h"

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
        // JSON's \u escapes can spell lone surrogates and NULs: the same
        // repair as decoded files, for every string taken from the line.
        Issues repairs;
        auto repaired = [&](const QString &key, QString value) {
            for (Issue issue : Text::TextDecoder::repairCharacters(value, file)) {
                issue.message = tr("line %1: \"%2\": %3").arg(lineNumber).arg(key, issue.message);
                if (key != u"text"_s && key != u"content"_s)
                    issue.start = issue.end = -1; // offsets are into the text only
                repairs.append(issue);
            }
            return value;
        };
        auto field = [&](const QString &key, const QString &fallback = {}) {
            return repaired(key, o.value(key).toString(fallback));
        };
        QString body = field(u"text"_s);
        if (body.isEmpty())
            body = field(u"content"_s);
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
            for (Issue &repair : repairs)
                repair.start = repair.end = -1; // offsets were into the markup
            for (const QString &warning : html.warnings)
                repairs.append(
                    Issue::warning(file, tr("line %1: %2").arg(lineNumber).arg(warning)));
        }
        article.text = body;
        article.title = field(u"title"_s, article.title).trimmed();
        article.dateline = repaired(u"date"_s, ArticleMetadata::jsonlDate(o, article.dateline));
        article.url = field(u"url"_s).trimmed();
        article.source = field(u"source"_s).trimmed();
        article.issues.append(repairs);
        result.issues.append(repairs);
        result.articles.append(std::move(article));
    }
    return result;
}

} // namespace Marsad::Corpus

#include "articlejson.h"

#include "textoffsets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QJsonObject ArticleJson::toJson(const Corpus::Article &article)
{
    const CodePointOffsets offsets(article.text);

    QJsonObject published;
    published.insert(u"value"_s, QJsonValue::Null);
    published.insert(u"precision"_s, QJsonValue::Null);
    published.insert(u"confidence"_s, 0.0);
    published.insert(u"evidence"_s, QJsonArray());

    QJsonArray errors;
    for (const Issue &issue : article.issues) {
        QJsonObject error{{u"severity"_s, issue.severityName()}, {u"message"_s, issue.message}};
        if (issue.start >= 0) {
            error.insert(u"start"_s, offsets.toCodePoint(issue.start));
            error.insert(u"end"_s, offsets.toCodePoint(issue.end));
        }
        errors.append(error);
    }

    QJsonObject object;
    object.insert(u"file"_s, article.file);
    if (article.indexInFile > 0)
        object.insert(u"index_in_file"_s, article.indexInFile);
    object.insert(u"title"_s, article.title);
    object.insert(u"encoding"_s, article.encoding);
    if (!article.dateline.isEmpty())
        object.insert(u"dateline"_s, article.dateline);
    if (!article.url.isEmpty())
        object.insert(u"url"_s, article.url);
    if (!article.source.isEmpty())
        object.insert(u"source"_s, article.source);
    QJsonArray boilerplate;
    for (const Corpus::Boilerplate &b : article.boilerplate) {
        boilerplate.append(QJsonObject{{u"kind"_s, b.kind},
                                       {u"start"_s, offsets.toCodePoint(b.start)},
                                       {u"end"_s, offsets.toCodePoint(b.end)}});
    }
    object.insert(u"boilerplate"_s, boilerplate);
    object.insert(u"published"_s, published);
    object.insert(u"mentions"_s, QJsonArray());
    object.insert(u"timexes"_s, QJsonArray());
    object.insert(u"events"_s, QJsonArray());
    object.insert(u"errors"_s, errors);
    return object;
}

} // namespace Marsad::Cli

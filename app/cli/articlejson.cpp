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
    object.insert(u"published"_s, published);
    object.insert(u"mentions"_s, QJsonArray());
    object.insert(u"timexes"_s, QJsonArray());
    object.insert(u"events"_s, QJsonArray());
    object.insert(u"errors"_s, errors);
    return object;
}

} // namespace Marsad::Cli

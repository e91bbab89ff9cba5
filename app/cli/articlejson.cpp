#include "articlejson.h"

#include "textoffsets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {

QJsonValue dateOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// published.evidence: the surfaces, as before, then one object per deciding
// constraint ({kind, surface, start, end, note, conflicting}) under "constraints".
QJsonObject publishedJson(const Time::PublishedDate &p, const CodePointOffsets &offsets)
{
    QJsonObject o;
    o.insert(u"value"_s, dateOrNull(p.value));
    o.insert(u"precision"_s, p.isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(Time::precisionName(p.precision)));
    o.insert(u"confidence"_s, p.confidence);
    o.insert(u"evidence"_s, QJsonArray::fromStringList(p.evidence));
    o.insert(u"basis"_s, Time::basisName(p.basis));
    if (p.isRange())
        o.insert(u"range"_s, QJsonObject{{u"start"_s, p.start.toString(Qt::ISODate)},
                                         {u"end"_s, p.end.toString(Qt::ISODate)}});
    QJsonArray constraints;
    for (const Time::DateEvidence &e : p.constraints) {
        QJsonObject c{{u"kind"_s, Time::evidenceKindName(e.kind)},
                      {u"surface"_s, e.surface},
                      {u"note"_s, e.note},
                      {u"conflicting"_s, e.conflicting}};
        if (e.span.isValid()) {
            c.insert(u"start"_s, offsets.toCodePoint(e.span.start));
            c.insert(u"end"_s, offsets.toCodePoint(e.span.end));
        }
        constraints.append(c);
    }
    o.insert(u"constraints"_s, constraints);
    if (!p.conflicts.isEmpty())
        o.insert(u"conflicts"_s, QJsonArray::fromStringList(p.conflicts));
    if (!p.notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(p.notes));
    return o;
}

} // namespace

QJsonObject ArticleJson::toJson(const Analysis::AnalyzedArticle &analyzed)
{
    const Corpus::Article &article = analyzed.article;
    const CodePointOffsets offsets(article.text);
    auto putSpan = [&offsets](QJsonObject &o, const TextSpan &span) {
        o.insert(u"start"_s, offsets.toCodePoint(span.start));
        o.insert(u"end"_s, offsets.toCodePoint(span.end));
    };

    QJsonArray mentions;
    for (const Mention &m : analyzed.mentions) {
        QJsonObject o{{u"id"_s, m.entityId},
                      {u"type"_s, entityTypeName(m.type)},
                      {u"surface"_s, m.surface},
                      {u"candidate"_s, m.candidate},
                      {u"confidence"_s, m.confidence}};
        putSpan(o, m.span);
        mentions.append(o);
    }

    QJsonArray timexes;
    for (const Time::Timex &t : analyzed.time.timexes) {
        QJsonObject o{{u"surface"_s, t.surface},
                      {u"value"_s, dateOrNull(t.value)},
                      {u"precision"_s, Time::precisionName(t.precision)},
                      {u"kind"_s, Time::timexKindName(t.kind)},
                      {u"role"_s, Time::dateRoleName(t.role)}};
        if (t.span.isValid())
            putSpan(o, t.span);
        timexes.append(o);
    }

    QJsonArray events;
    for (const Time::Event &e : analyzed.time.events) {
        QJsonObject o{{u"date"_s, e.value},
                      {u"precision"_s, Time::precisionName(e.precision)},
                      {u"entities"_s, QJsonArray::fromStringList(e.entityIds)},
                      {u"evidence"_s, e.evidence}};
        putSpan(o, e.span);
        events.append(o);
    }

    QJsonArray errors;
    for (const Issue &issue : article.issues) {
        QJsonObject error{{u"severity"_s, issue.severityName()}, {u"message"_s, issue.message}};
        if (issue.start >= 0)
            putSpan(error, {issue.start, issue.end});
        errors.append(error);
    }

    QJsonArray boilerplate;
    for (const Corpus::Boilerplate &b : article.boilerplate) {
        QJsonObject o{{u"kind"_s, b.kind}};
        putSpan(o, b);
        boilerplate.append(o);
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
    object.insert(u"boilerplate"_s, boilerplate);
    object.insert(u"published"_s, publishedJson(analyzed.time.published, offsets));
    object.insert(u"mentions"_s, mentions);
    object.insert(u"timexes"_s, timexes);
    object.insert(u"events"_s, events);
    object.insert(u"errors"_s, errors);
    return object;
}

} // namespace Marsad::Cli

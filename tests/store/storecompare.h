// Field-by-field comparison of analysis results, independent of the store's
// coding: each difference is listed with where it is.
#pragma once

#include "analyzedarticle.h"
#include "corpusloader.h"

#include <QStringList>

namespace Marsad::Tests {

class ResultDiff
{
public:
    const QStringList &differences() const { return m_differences; }
    bool same() const { return m_differences.isEmpty(); }

    template<typename T>
    void value(const QString &at, const T &a, const T &b)
    {
        if (!(a == b) && m_differences.size() < 20)
            m_differences.append(at);
    }
    void span(const QString &at, const TextSpan &a, const TextSpan &b)
    {
        value(at + QStringLiteral(".start"), a.start, b.start);
        value(at + QStringLiteral(".end"), a.end, b.end);
    }
    template<typename T, typename F>
    void list(const QString &at, const QList<T> &a, const QList<T> &b, F each)
    {
        value(at + QStringLiteral(".size"), a.size(), b.size());
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            each(at + u'[' + QString::number(i) + u']', a.at(i), b.at(i));
    }

    void issue(const QString &at, const Issue &a, const Issue &b)
    {
        value(at + QStringLiteral(".severity"), a.severity, b.severity);
        value(at + QStringLiteral(".file"), a.file, b.file);
        value(at + QStringLiteral(".message"), a.message, b.message);
        value(at + QStringLiteral(".start"), a.start, b.start);
        value(at + QStringLiteral(".end"), a.end, b.end);
    }
    void issues(const QString &at, const Issues &a, const Issues &b)
    {
        list(at, a, b,
             [this](const QString &w, const Issue &x, const Issue &y) { issue(w, x, y); });
    }
    void article(const QString &at, const Corpus::Article &a, const Corpus::Article &b)
    {
        value(at + QStringLiteral(".file"), a.file, b.file);
        value(at + QStringLiteral(".indexInFile"), a.indexInFile, b.indexInFile);
        value(at + QStringLiteral(".text"), a.text, b.text);
        value(at + QStringLiteral(".encoding"), a.encoding, b.encoding);
        value(at + QStringLiteral(".title"), a.title, b.title);
        span(at + QStringLiteral(".titleSpan"), a.titleSpan, b.titleSpan);
        value(at + QStringLiteral(".dateline"), a.dateline, b.dateline);
        span(at + QStringLiteral(".datelineSpan"), a.datelineSpan, b.datelineSpan);
        value(at + QStringLiteral(".url"), a.url, b.url);
        value(at + QStringLiteral(".source"), a.source, b.source);
        list(at + QStringLiteral(".boilerplate"), a.boilerplate, b.boilerplate,
             [this](const QString &w, const Corpus::Boilerplate &x, const Corpus::Boilerplate &y) {
                 span(w, x, y);
                 value(w + QStringLiteral(".kind"), x.kind, y.kind);
             });
        issues(at + QStringLiteral(".issues"), a.issues, b.issues);
    }
    void mention(const QString &at, const Mention &a, const Mention &b)
    {
        value(at + QStringLiteral(".entityId"), a.entityId, b.entityId);
        value(at + QStringLiteral(".type"), a.type, b.type);
        span(at + QStringLiteral(".span"), a.span, b.span);
        value(at + QStringLiteral(".surface"), a.surface, b.surface);
        value(at + QStringLiteral(".candidate"), a.candidate, b.candidate);
        value(at + QStringLiteral(".confidence"), a.confidence, b.confidence);
    }
    void mentions(const QString &at, const QList<Mention> &a, const QList<Mention> &b)
    {
        list(at, a, b,
             [this](const QString &w, const Mention &x, const Mention &y) { mention(w, x, y); });
    }
    void timex(const QString &at, const Time::Timex &a, const Time::Timex &b)
    {
        value(at + QStringLiteral(".surface"), a.surface, b.surface);
        span(at + QStringLiteral(".span"), a.span, b.span);
        value(at + QStringLiteral(".value"), a.value, b.value);
        value(at + QStringLiteral(".precision"), a.precision, b.precision);
        value(at + QStringLiteral(".start"), a.start, b.start);
        value(at + QStringLiteral(".end"), a.end, b.end);
        value(at + QStringLiteral(".kind"), a.kind, b.kind);
        value(at + QStringLiteral(".dayOffset"), a.dayOffset, b.dayOffset);
        value(at + QStringLiteral(".weekday"), a.weekday, b.weekday);
        value(at + QStringLiteral(".month"), a.month, b.month);
        value(at + QStringLiteral(".day"), a.day, b.day);
        value(at + QStringLiteral(".direction"), a.direction, b.direction);
        value(at + QStringLiteral(".ordinal"), a.ordinal, b.ordinal);
        value(at + QStringLiteral(".fuzzDays"), a.fuzzDays, b.fuzzDays);
        value(at + QStringLiteral(".role"), a.role, b.role);
        value(at + QStringLiteral(".qualified"), a.qualified, b.qualified);
        value(at + QStringLiteral(".hasTime"), a.hasTime, b.hasTime);
        value(at + QStringLiteral(".unit"), a.unit, b.unit);
    }
    void event(const QString &at, const Time::Event &a, const Time::Event &b)
    {
        value(at + QStringLiteral(".value"), a.value, b.value);
        value(at + QStringLiteral(".precision"), a.precision, b.precision);
        value(at + QStringLiteral(".start"), a.start, b.start);
        value(at + QStringLiteral(".end"), a.end, b.end);
        value(at + QStringLiteral(".entityIds"), a.entityIds, b.entityIds);
        value(at + QStringLiteral(".evidence"), a.evidence, b.evidence);
        span(at + QStringLiteral(".span"), a.span, b.span);
        timex(at + QStringLiteral(".timex"), a.timex, b.timex);
    }
    void published(const QString &at, const Time::PublishedDate &a, const Time::PublishedDate &b)
    {
        value(at + QStringLiteral(".value"), a.value, b.value);
        value(at + QStringLiteral(".precision"), a.precision, b.precision);
        value(at + QStringLiteral(".date"), a.date, b.date);
        value(at + QStringLiteral(".start"), a.start, b.start);
        value(at + QStringLiteral(".end"), a.end, b.end);
        value(at + QStringLiteral(".confidence"), a.confidence, b.confidence);
        value(at + QStringLiteral(".basis"), a.basis, b.basis);
        value(at + QStringLiteral(".evidence"), a.evidence, b.evidence);
        list(at + QStringLiteral(".constraints"), a.constraints, b.constraints,
             [this](const QString &w, const Time::DateEvidence &x, const Time::DateEvidence &y) {
                 value(w + QStringLiteral(".kind"), x.kind, y.kind);
                 value(w + QStringLiteral(".surface"), x.surface, y.surface);
                 span(w + QStringLiteral(".span"), x.span, y.span);
                 value(w + QStringLiteral(".note"), x.note, y.note);
                 value(w + QStringLiteral(".conflicting"), x.conflicting, y.conflicting);
             });
        value(at + QStringLiteral(".conflicts"), a.conflicts, b.conflicts);
        value(at + QStringLiteral(".notes"), a.notes, b.notes);
        value(at + QStringLiteral(".linkedFiles"), a.linkedFiles, b.linkedFiles);
    }
    void time(const QString &at, const Time::ArticleTime &a, const Time::ArticleTime &b)
    {
        published(at + QStringLiteral(".published"), a.published, b.published);
        list(at + QStringLiteral(".timexes"), a.timexes, b.timexes,
             [this](const QString &w, const Time::Timex &x, const Time::Timex &y) {
                 timex(w, x, y);
             });
        list(at + QStringLiteral(".events"), a.events, b.events,
             [this](const QString &w, const Time::Event &x, const Time::Event &y) {
                 event(w, x, y);
             });
    }
    void analyzed(const QString &at, const Analysis::AnalyzedArticle &a,
                  const Analysis::AnalyzedArticle &b)
    {
        article(at + QStringLiteral(".article"), a.article, b.article);
        mentions(at + QStringLiteral(".mentions"), a.mentions, b.mentions);
        time(at + QStringLiteral(".time"), a.time, b.time);
    }
    void corpus(const QList<Analysis::AnalyzedArticle> &a,
                const QList<Analysis::AnalyzedArticle> &b)
    {
        list(QStringLiteral("articles"), a, b,
             [this](const QString &w, const Analysis::AnalyzedArticle &x,
                    const Analysis::AnalyzedArticle &y) { analyzed(w, x, y); });
    }

private:
    QStringList m_differences;
};

} // namespace Marsad::Tests

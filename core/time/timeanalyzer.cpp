#include "timeanalyzer.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include "arabicfolder.h"
#include "articlelinker.h"
#include "eventextractor.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Marsad::Time {

namespace {

constexpr double kVoting = 0.35; // enough to lend a year or a start date

template<typename T>
T mostCommon(const QList<T> &values)
{
    QMap<T, int> counts;
    for (const T &v : values)
        ++counts[v];
    T best{};
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QDate startIn(QStringView text, const QList<Timex> &resolved)
{
    const QList<QDate> starts = TimeAnalyzer::statedConflictStarts(text, resolved);
    return starts.isEmpty() ? QDate() : starts.first();
}

ArticleTime finish(const Corpus::Article &article, const QList<Timex> &timexes,
                   PublishedDate published, const QList<Mention> &mentions, QDate countStart)
{
    ArticleTime out;
    out.published = std::move(published);
    out.timexes = TimexResolver::resolveAll(timexes, article.text, out.published.date, countStart);
    for (Timex &t : out.timexes)
        if (t.kind == TimexKind::Explicit && PublicationDateInferer::isDateline(t, article.text))
            t.kind = TimexKind::Dateline; // a timestamp line of its own

    out.events = EventExtractor::extract(article, out.timexes, mentions);
    return out;
}

} // namespace

QList<QDate> TimeAnalyzer::statedConflictStarts(QStringView text, const QList<Timex> &resolved)
{
    static const QRegularExpression cue(
        u"(?:(?:اندلاع|اندلعت|اندلع|بدء|بدايه|بدات|بدا|انطلاق|اشتعال)\\s+(?:\\S+\\s+){0,5}?"
        "(?:المعارك|القتال|الحرب|الاشتباكات|المواجهات|العمليات|النزاع|الهجوم))|"
        "(?:(?:المعارك|القتال|الحرب|الاشتباكات|المواجهات|العمليات|النزاع|الهجوم)\\s+"
        "(?:\\S+\\s+){0,2}?(?:اندلعت|اندلع|بدات|بدا|انطلقت))"_s);
    QList<QDate> out;
    for (const Timex &t : resolved) {
        if (!t.isResolved() || t.precision != Precision::Day || !t.span.isValid() ||
            t.kind == TimexKind::Relative || t.kind == TimexKind::Weekday ||
            t.kind == TimexKind::OrdinalCount || t.kind == TimexKind::Dateline)
            continue;
        const qsizetype from = std::max<qsizetype>(0, t.span.start - 70);
        QString before = Text::ArabicFolder::foldString(text.mid(from, t.span.start - from));
        const qsizetype stop = std::max(before.lastIndexOf(u'.'), before.lastIndexOf(u'\n'));
        if (stop >= 0)
            before = before.mid(stop + 1);
        if (cue.match(before).hasMatch())
            out.append(t.start);
    }
    return out;
}

ArticleTime TimeAnalyzer::analyze(const Corpus::Article &article, const QList<Mention> &mentions,
                                  const InferenceContext &context)
{
    const QList<Timex> timexes = TimexExtractor::extract(article.text);
    PublishedDate published = PublicationDateInferer::infer(article, timexes, context);
    QDate countStart = context.conflictStart;
    if (!countStart.isValid() && !published.isNull()) {
        // The article may state the start itself: infer once more with it.
        const QDate stated =
            startIn(article.text, TimexResolver::resolveAll(timexes, article.text, published.date));
        if (stated.isValid()) {
            countStart = stated;
            InferenceContext withStart = context;
            withStart.conflictStart = stated;
            published = PublicationDateInferer::infer(article, timexes, withStart);
        }
    }
    return finish(article, timexes, std::move(published), mentions, countStart);
}

QList<ArticleTime> TimeAnalyzer::analyzeCorpus(const QList<Corpus::Article> &articles,
                                               const CorpusTimeOptions &options)
{
    const qsizetype n = articles.size();
    QList<QList<Timex>> timexes(n);
    QList<PublishedDate> published(n);
    QList<InferenceContext> contexts(n);

    // Articles are independent within a pass: spread each pass over the
    // thread pool (the calling thread takes part).
    QList<qsizetype> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    auto parallel = [&rows](auto &&perArticle) {
        QtConcurrent::blockingMap(rows, perArticle);
    };

    // Pass 1: every article on its own.
    parallel([&](qsizetype i) {
        timexes[i] = TimexExtractor::extract(articles.at(i).text);
        if (i < options.overrides.size())
            contexts[i].userOverride = options.overrides.at(i);
        contexts[i].conflictStart = options.conflictStart;
        published[i] = PublicationDateInferer::infer(articles.at(i), timexes.at(i), contexts.at(i));
    });

    // What the dated articles teach: the usual year, the conflict's start.
    QList<int> years;
    QList<QDate> starts;
    for (qsizetype i = 0; i < n; ++i) {
        if (published.at(i).isNull() || published.at(i).confidence < kVoting)
            continue;
        years.append(published.at(i).date.year());
        if (!options.conflictStart.isValid())
            starts.append(statedConflictStarts(
                articles.at(i).text, TimexResolver::resolveAll(timexes.at(i), articles.at(i).text,
                                                               published.at(i).date)));
    }
    const int referenceYear = years.isEmpty() ? 0 : mostCommon(years);
    const QDate conflictStart =
        options.conflictStart.isValid() ? options.conflictStart : mostCommon(starts);

    // Pass 2: every inferred date again, with the corpus's year and start date.
    auto inferred = [](const PublishedDate &p) {
        return p.basis == PublishedDate::Basis::Inferred || p.basis == PublishedDate::Basis::None;
    };
    auto unsure = [&inferred](const PublishedDate &p) {
        return inferred(p) && (p.isNull() || p.confidence < kConfident);
    };
    parallel([&](qsizetype i) {
        contexts[i].conflictStart = conflictStart;
        contexts[i].referenceYear = referenceYear;
        if (inferred(published.at(i)))
            published[i] =
                PublicationDateInferer::infer(articles.at(i), timexes.at(i), contexts.at(i));
    });

    // Pass 3: link the still unsure to dated articles sharing a passage.
    const bool anyUnsure = std::any_of(published.cbegin(), published.cend(), unsure);
    if (anyUnsure && n > 1) {
        const ArticleLinker linker(articles);
        const QList<PublishedDate> dated = published; // links lean on pass-2 dates only
        for (qsizetype i = 0; i < n; ++i) {
            if (!unsure(dated.at(i)))
                continue;
            QMap<qsizetype, ArticleLink> byOther;
            const auto datedEnough = [&dated](qsizetype other) {
                return !dated.at(other).isNull() && dated.at(other).confidence >= kConfident;
            };
            for (const SharedPassage &p : linker.passagesOf(i, datedEnough)) {
                const PublishedDate &other = dated.at(p.other);
                if (other.isNull() || other.confidence < kConfident)
                    continue;
                ArticleLink &link = byOther[p.other];
                if (link.file.isEmpty()) {
                    link.file = articles.at(p.other).file;
                    link.date = other.date;
                    link.confidence = other.confidence;
                }
                link.passages.append(p.surface); // passages come longest first
                link.spans.append(p.span);
                link.words += p.words;
            }
            if (byOther.isEmpty())
                continue;
            InferenceContext linked = contexts.at(i);
            linked.links = byOther.values();
            PublishedDate again =
                PublicationDateInferer::infer(articles.at(i), timexes.at(i), linked);
            if (!again.isNull() &&
                (published.at(i).isNull() || again.confidence >= published.at(i).confidence)) {
                again.linkedFiles.clear();
                for (const ArticleLink &l : std::as_const(linked.links))
                    again.linkedFiles.append(l.file);
                published[i] = std::move(again);
                contexts[i] = linked;
            }
        }
    }

    QList<ArticleTime> out(n);
    parallel([&](qsizetype i) {
        const QList<Mention> mentions =
            i < options.mentions.size() ? options.mentions.at(i) : QList<Mention>();
        out[i] = finish(articles.at(i), timexes.at(i), published.at(i), mentions, conflictStart);
    });
    return out;
}

} // namespace Marsad::Time

#include "timeanalyzer.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include "arabicfolder.h"
#include "articlelinker.h"
#include "bodywords.h"
#include "chronology.h"
#include "eventextractor.h"
#include "lineindex.h"
#include "temporallexicon.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <QMap>
#include <QThreadPool>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

constexpr double kVoting = 0.35;    // enough to lend a year or a start date
constexpr int kHistoricalYears = 2; // a date this many years before the report is history
constexpr int kEventKeywords = 3;   // rare words that make a corpus event's trigger
constexpr qsizetype kChunk = 64;
// Dated articles an unsure one may lean on: the rarest shared passages. A
// template or a story reprinted everywhere would otherwise add hundreds of
// links that together outweigh the article's own weekday.
constexpr qsizetype kLinksKept = 12; // articles between cancel checks and progress reports

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
    const LineIndex lines(article.text);
    for (Timex &t : out.timexes) {
        if (t.kind == TimexKind::Explicit &&
            PublicationDateInferer::isDateline(t, article.text, lines))
            t.kind = TimexKind::Dateline; // a timestamp line of its own
        // Years before the report: a quoted historical date.
        if (!out.published.isNull() && t.isResolved() && t.kind != TimexKind::Dateline &&
            out.published.date.year() - t.end.year() >= kHistoricalYears)
            t.role = DateRole::Historical;
    }

    out.events = EventExtractor::extract(article, out.timexes, mentions);
    return out;
}

bool hasWord(QStringView window, const QStringList &words)
{
    for (const QString &w : words) {
        for (qsizetype at = window.indexOf(w); at >= 0; at = window.indexOf(w, at + 1)) {
            const qsizetype end = at + w.size();
            const bool before = at == 0 || !window.at(at - 1).isLetter() ||
                                (at <= 2 && (window.at(0) == u'و' || window.at(0) == u'ف' ||
                                             window.at(0) == u'ب' || window.at(0) == u'ل'));
            if (before && (end == window.size() || !window.at(end).isLetter()))
                return true;
        }
    }
    return false;
}

// Runs perArticle over 0..n-1 on pool, in chunks: cancel is checked and
// progress reported (from the calling thread) between chunks.
template<typename F>
bool runPass(qsizetype n, const CorpusTimeOptions &options, QThreadPool *pool, qsizetype &done,
             qsizetype total, F &&perArticle)
{
    QList<qsizetype> rows;
    for (qsizetype start = 0; start < n; start += kChunk) {
        if (options.cancel && options.cancel->load())
            return false;
        const qsizetype end = std::min(n, start + kChunk);
        rows.resize(end - start);
        std::iota(rows.begin(), rows.end(), start);
        QtConcurrent::blockingMap(pool, rows, perArticle);
        done += end - start;
        if (options.progress)
            options.progress(std::min(done, total), total);
    }
    return !(options.cancel && options.cancel->load());
}

// Events taught by a dated article: each dated sentence's rarest words (not
// names, not temporal words) become a trigger for its date.
QList<ChronologyEvent> eventsTaught(const Corpus::Article &article, const QList<Timex> &resolved,
                                    const QList<Mention> &mentions, const DocumentFrequency &df)
{
    QList<ChronologyEvent> out;
    const auto &lexicon = TemporalLexicon::instance();
    const qsizetype maxDf = std::max<qsizetype>(2, df.documents() / 10);
    for (const Timex &t : resolved) {
        // Dates the text states (not "اليوم" or a weekday, which only repeat
        // the article's own day), of things that happened.
        if (!t.isResolved() || t.precision != Precision::Day || !t.span.isValid() ||
            (t.kind != TimexKind::Explicit && t.kind != TimexKind::Partial) ||
            t.role == DateRole::Future || t.role == DateRole::Historical ||
            article.isBoilerplate(t.span))
            continue;
        // The clause around the date, in folded offsets (bounded window).
        const qsizetype from = std::max<qsizetype>(0, t.span.start - 100);
        const qsizetype to = std::min<qsizetype>(article.text.size(), t.span.end + 100);
        const Text::FoldedText foldedWindow =
            ArabicFolder::fold(QStringView(article.text).sliced(from, to - from));
        const QString &window = foldedWindow.text();
        QList<std::pair<int, QString>> rare;
        for (const auto &[a, b] : Chronology::words(window)) {
            const QStringView w = QStringView(window).sliced(a, b - a);
            if (w.size() < 4 || !w.at(0).isLetter() || lexicon.isTrigger(w))
                continue;
            const int count = df.count(BodyWords::hashOf(w));
            if (count < 2 || count > maxDf)
                continue; // only here, or everywhere
            // Names are not event words.
            const qsizetype original = from + foldedWindow.toOriginal(a, b).start;
            const bool name =
                std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
                    return m.span.start <= original + 3 && original < m.span.end;
                });
            if (!name)
                rare.append({count, w.toString()});
        }
        std::sort(rare.begin(), rare.end());
        QStringList keywords;
        for (const auto &[count, word] : std::as_const(rare))
            if (!keywords.contains(word) && keywords.size() < kEventKeywords)
                keywords.append(word);
        if (keywords.size() < kEventKeywords)
            continue;
        ChronologyEvent e;
        e.id = u"corpus-%1-%2"_s.arg(qHash(article.file)).arg(t.span.start);
        e.date = t.start;
        e.label = u"%1 (%2)"_s.arg(article.file.section(u'/', -1), t.start.toString(Qt::ISODate));
        e.triggers.append(keywords);
        e.fromCorpus = true;
        for (const Mention &m : mentions)
            if (m.span.start >= from && m.span.end <= to && !e.entityIds.contains(m.entityId))
                e.entityIds.append(m.entityId);
        out.append(std::move(e));
    }
    return out;
}

} // namespace

QList<QDate> TimeAnalyzer::statedConflictStarts(QStringView text, const QList<Timex> &resolved)
{
    // Any wording that dates the first day of fighting: a start word (اندلاع،
    // بدأت، منذ، تجدد…) and a word for the fighting in the clause of the date,
    // in either order, and no truce in it (a truce also "begins").
    const Chronology &chronology = Chronology::shipped();
    static const QStringList fallbackStart{u"اندلاع"_s, u"اندلعت"_s, u"بدء"_s, u"بدات"_s, u"منذ"_s};
    static const QStringList fallbackFighting{u"المعارك"_s, u"القتال"_s, u"الحرب"_s,
                                              u"الاشتباكات"_s};
    static const QStringList truce{u"هدنه"_s, u"الهدنه"_s, u"النار"_s, u"اتفاق"_s, u"الاتفاق"_s};
    const QStringList &starts =
        chronology.startWords().isEmpty() ? fallbackStart : chronology.startWords();
    const QStringList &fighting =
        chronology.fightingWords().isEmpty() ? fallbackFighting : chronology.fightingWords();
    QList<QDate> out;
    for (const Timex &t : resolved) {
        if (!t.isResolved() || t.precision != Precision::Day || !t.span.isValid() ||
            t.kind == TimexKind::Relative || t.kind == TimexKind::Weekday ||
            t.kind == TimexKind::OrdinalCount || t.kind == TimexKind::Dateline ||
            t.role == DateRole::Future)
            continue;
        const qsizetype from = std::max<qsizetype>(0, t.span.start - 80);
        QString before = ArabicFolder::foldString(text.mid(from, t.span.start - from));
        const qsizetype stop = std::max(
            {before.lastIndexOf(u'.'), before.lastIndexOf(u'\n'), before.lastIndexOf(u'؟')});
        if (stop >= 0)
            before = before.mid(stop + 1);
        const qsizetype to = std::min<qsizetype>(text.size(), t.span.end + 40);
        QString after = ArabicFolder::foldString(text.mid(t.span.end, to - t.span.end));
        const qsizetype end =
            std::min<qsizetype>({after.indexOf(u'.') < 0 ? after.size() : after.indexOf(u'.'),
                                 after.indexOf(u'\n') < 0 ? after.size() : after.indexOf(u'\n'),
                                 after.indexOf(u'،') < 0 ? after.size() : after.indexOf(u'،')});
        after = after.left(end);
        const QString clause = before + u' ' + after;
        if (hasWord(clause, starts) && hasWord(clause, fighting) && !hasWord(clause, truce))
            out.append(t.start);
    }
    return out;
}

ArticleTime TimeAnalyzer::analyze(const Corpus::Article &article, const QList<Mention> &mentions,
                                  const InferenceContext &context)
{
    const auto folded = ArabicFolder::fold(article.text);
    const QList<Timex> timexes = TimexExtractor::extract(folded, article.text);
    InferenceContext ctx = context;
    if (!ctx.chronologyMatches)
        ctx.chronologyMatches =
            (ctx.chronology ? *ctx.chronology : Chronology::shipped()).match(folded, article.text);
    PublishedDate published = PublicationDateInferer::infer(article, timexes, ctx);
    QDate countStart = ctx.conflictStart;
    if (!countStart.isValid()) {
        // The article may state the start itself; else the chronology's.
        QDate stated;
        if (!published.isNull())
            stated = startIn(article.text,
                             TimexResolver::resolveAll(timexes, article.text, published.date));
        if (!stated.isValid())
            stated = (ctx.chronology ? *ctx.chronology : Chronology::shipped()).start();
        if (stated.isValid()) {
            countStart = stated;
            InferenceContext withStart = ctx;
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
    QList<ArticleTime> out(n);
    // Each article's body words, from pass 1's folding: the corpus passes
    // (document frequency, taught events, linking) share them.
    std::vector<BodyWords> body{size_t(n)};
    QList<QList<QDate>> statedStarts(n);

    // Articles are independent within a pass: each pass runs on the given
    // pool (or a local one; never Qt's global pool, which painting shares).
    std::unique_ptr<QThreadPool> localPool;
    QThreadPool *pool = options.pool;
    if (!pool) {
        localPool = std::make_unique<QThreadPool>();
        pool = localPool.get();
    }
    const qsizetype total = 6 * n; // six counted passes over the articles (linking is not counted)
    qsizetype done = 0;
    auto canceled = [&options] {
        return options.cancel && options.cancel->load();
    };

    // Pass 1: every article on its own.
    if (!runPass(n, options, pool, done, total, [&](qsizetype i) {
            const QString &text = articles.at(i).text;
            const auto folded = ArabicFolder::fold(text);
            timexes[i] = TimexExtractor::extract(folded, text);
            if (n > 1)
                body[size_t(i)] = BodyWords::of(articles.at(i), folded);
            contexts[i].chronologyMatches = Chronology::shipped().match(folded, text);
            if (i < options.overrides.size())
                contexts[i].userOverride = options.overrides.at(i);
            contexts[i].conflictStart = options.conflictStart;
            published[i] =
                PublicationDateInferer::infer(articles.at(i), timexes.at(i), contexts.at(i));
            // The start of the fighting each dated article states, for the vote below.
            if (!options.conflictStart.isValid() && !published.at(i).isNull() &&
                published.at(i).confidence >= kVoting)
                statedStarts[i] = statedConflictStarts(
                    text, TimexResolver::resolveAll(timexes.at(i), text, published.at(i).date));
        }))
        return out;

    // What the dated articles teach: the usual year, the period, the conflict's start.
    QList<int> years;
    QList<QDate> starts, dates;
    for (qsizetype i = 0; i < n; ++i) {
        if (published.at(i).isNull() || published.at(i).confidence < kVoting)
            continue;
        years.append(published.at(i).date.year());
        dates.append(published.at(i).date);
        starts.append(statedStarts.at(i));
    }
    const int referenceYear = years.isEmpty() ? 0 : mostCommon(years);
    QDate conflictStart =
        options.conflictStart.isValid() ? options.conflictStart : mostCommon(starts);
    if (!conflictStart.isValid())
        conflictStart = Chronology::shipped().start();
    std::sort(dates.begin(), dates.end());
    // The period: the middle 96 % of the dated articles (a stray date does not widen it).
    const QDate periodStart = dates.isEmpty() ? QDate() : dates.at(dates.size() / 50);
    const QDate periodEnd =
        dates.isEmpty() ? QDate() : dates.at(dates.size() - 1 - dates.size() / 50);

    // Pass 2: every inferred date again, with the corpus's year, period and start date.
    auto inferred = [](const PublishedDate &p) {
        return p.basis == PublishedDate::Basis::Inferred || p.basis == PublishedDate::Basis::None;
    };
    auto unsure = [&inferred](const PublishedDate &p) {
        return inferred(p) && (p.isNull() || p.confidence < kConfident);
    };
    if (!runPass(n, options, pool, done, total, [&](qsizetype i) {
            contexts[i].conflictStart = conflictStart;
            contexts[i].referenceYear = referenceYear;
            contexts[i].periodStart = periodStart;
            contexts[i].periodEnd = periodEnd;
            if (inferred(published.at(i)))
                published[i] =
                    PublicationDateInferer::infer(articles.at(i), timexes.at(i), contexts.at(i));
        }))
        return out;

    // Pass 3: the corpus teaches its own chronology. Dated sentences of
    // confidently dated articles become events (their rarest words as
    // triggers) that unsure articles reporting them can lean on.
    const bool anyUnsure = std::any_of(published.cbegin(), published.cend(), unsure);
    auto chronology = std::make_shared<Chronology>(Chronology::shipped());
    DocumentFrequency df; // of the body words, once some pass needs it
    if (anyUnsure && n > 1) {
        done += n; // the words were found in pass 1
        df = DocumentFrequency(body);
        QList<QList<ChronologyEvent>> taught(n);
        if (!runPass(n, options, pool, done, total, [&](qsizetype i) {
                const PublishedDate &p = published.at(i);
                if (p.isNull() || p.confidence < kConfident)
                    return;
                const QList<Mention> mentions =
                    i < options.mentions.size() ? options.mentions.at(i) : QList<Mention>();
                taught[i] =
                    eventsTaught(articles.at(i),
                                 TimexResolver::resolveAll(timexes.at(i), articles.at(i).text,
                                                           p.date, conflictStart),
                                 mentions, df);
            }))
            return out;
        for (QList<ChronologyEvent> &events : taught)
            for (ChronologyEvent &e : events)
                chronology->addEvent(std::move(e));
        if (!runPass(n, options, pool, done, total, [&](qsizetype i) {
                contexts[i].chronology = chronology.get();
                contexts[i].chronologyMatches.reset();
                if (unsure(published.at(i))) {
                    QList<ChronologyMatch> matches = chronology->match(
                        ArabicFolder::fold(articles.at(i).text), articles.at(i).text);
                    // An event taught by the corpus must also name one of the
                    // same entities here (when both sides know their entities).
                    const QList<Mention> none;
                    const QList<Mention> &mine =
                        i < options.mentions.size() ? options.mentions.at(i) : none;
                    matches.removeIf([&](const ChronologyMatch &m) {
                        const ChronologyEvent &e = chronology->events().at(m.event);
                        if (!e.fromCorpus || e.entityIds.isEmpty() || mine.isEmpty())
                            return false;
                        return std::none_of(mine.cbegin(), mine.cend(), [&e](const Mention &x) {
                            return e.entityIds.contains(x.entityId);
                        });
                    });
                    contexts[i].chronologyMatches = std::move(matches);
                    published[i] = PublicationDateInferer::infer(articles.at(i), timexes.at(i),
                                                                 contexts.at(i));
                }
            }))
            return out;
    } else {
        done += 3 * n;
    }

    // Pass 4: link the still unsure to dated articles sharing a rare passage
    // (each article on its own: the linker is read-only once built).
    if (std::any_of(published.cbegin(), published.cend(), unsure) && n > 1) {
        if (df.documents() == 0)
            df = DocumentFrequency(body);
        const ArticleLinker linker(articles, std::move(body), df, 6, &options.mentions,
                                   options.cancel, pool);
        if (canceled())
            return out;
        const QList<PublishedDate> dated = published; // links lean on earlier dates only
        // The workers below write published[i]: the first write to a list that
        // shares its data detaches it, and two threads detaching at once lose
        // one of their copies (a linked date came and went between runs).
        published.detach();
        CorpusTimeOptions quiet; // cancel only: the counted passes report progress
        quiet.cancel = options.cancel;
        qsizetype linkDone = 0;
        if (!runPass(n, quiet, pool, linkDone, n, [&](qsizetype i) {
                if (!unsure(dated.at(i)) || canceled())
                    return;
                QMap<qsizetype, ArticleLink> byOther;
                const auto datedEnough = [&dated](qsizetype other) {
                    return !dated.at(other).isNull() && dated.at(other).confidence >= kConfident;
                };
                for (const SharedPassage &p : linker.passagesOf(i, datedEnough, kLinksKept)) {
                    const PublishedDate &other = dated.at(p.other);
                    ArticleLink &link = byOther[p.other];
                    if (link.file.isEmpty()) {
                        link.file = articles.at(p.other).file;
                        link.date = other.date;
                        link.confidence = other.confidence;
                    }
                    link.passages.append(p.surface); // passages come longest first
                    link.spans.append(p.span);
                    link.words += p.words;
                    link.rarity += p.rarity;
                }
                if (byOther.isEmpty())
                    return;
                InferenceContext linked = contexts.at(i);
                linked.links = byOther.values();
                PublishedDate again =
                    PublicationDateInferer::infer(articles.at(i), timexes.at(i), linked);
                if (!again.isNull() &&
                    (dated.at(i).isNull() || again.confidence >= dated.at(i).confidence)) {
                    again.linkedFiles.clear();
                    for (const ArticleLink &l : std::as_const(linked.links))
                        again.linkedFiles.append(l.file);
                    published[i] = std::move(again);
                    contexts[i] = std::move(linked);
                }
            }))
            return out;
    }

    runPass(n, options, pool, done, total, [&](qsizetype i) {
        const QList<Mention> mentions =
            i < options.mentions.size() ? options.mentions.at(i) : QList<Mention>();
        out[i] = finish(articles.at(i), timexes.at(i), published.at(i), mentions, conflictStart);
    });
    return out;
}

} // namespace Marsad::Time

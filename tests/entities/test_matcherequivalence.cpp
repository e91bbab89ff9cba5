// The fast matcher (issue 12) against the straightforward one it replaced,
// kept here as the reference: the same AliasMatch list, field by field, on the
// sample articles and on text written to hit every clitic reading, every
// multi-word alias and every kind of gap.
#include "analyzedtext.h"
#include "cliticanalyzer.h"
#include "entities/entitiestest.h"
#include "entitymatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Marsad::Entities;

namespace {

// The matcher as it was before issue 12: readings as QStrings, QHash lookups.
QList<AliasMatch> referenceMatch(const Gazetteer &g, const AnalyzedText &text)
{
    struct Reading
    {
        QString stem;
        QString prefix;
        qsizetype offset = 0;
    };
    const auto isBlank = [](const QString &gap) {
        return std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
    };
    const auto isProcliticLetter = [](QChar c) {
        return c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644' ||
               c == u'\u0643';
    };
    const qsizetype n = text.tokenCount();
    QList<AliasMatch> found;
    QList<Reading> readings;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView word = text.word(i);
        readings.clear();
        readings.append({QString(), QString(), 0});
        bool mayHaveClitic = false;
        for (qsizetype k = 1; k <= 4 && k + 2 <= word.size(); ++k) {
            const QChar c = word[k - 1];
            if (!isProcliticLetter(c) && c != u'\u0627')
                break;
            if (g.mayStartAlias(word.sliced(k))) {
                mayHaveClitic = true;
                break;
            }
        }
        if (mayHaveClitic) {
            for (const Marsad::Text::CliticAnalysis &a :
                 Marsad::Text::CliticAnalyzer::analyses(word)) {
                if (a.prefix.isEmpty())
                    continue;
                if (a.hasArticle && !a.stem.startsWith(u"\u0627\u0644"_s))
                    continue;
                readings.append({a.stem, a.prefix, a.stemOffset});
            }
        }
        qsizetype bestAlias = -1;
        qsizetype bestLength = 0;
        qsizetype bestReading = -1;
        const auto candidatesOf = [&](qsizetype r) {
            return g.aliasesStartingWith(r == 0 ? word : QStringView(readings[r].stem));
        };
        const auto bareAlefAfterClitic = [&](qsizetype r) {
            if (r == 0)
                return false;
            const qsizetype at =
                text.folded().originalStart(text.tokens().at(i).start + readings[r].offset);
            return at < text.original().size() && text.original().at(at) == u'\u0627';
        };
        const auto fits = [&](const Alias &alias, bool bareAlef) {
            const qsizetype len = alias.tokens.size();
            if (i + len > n || (bareAlef && !alias.bareAlef))
                return false;
            for (qsizetype j = 1; j < len; ++j) {
                const QString &gap = alias.gaps.at(j - 1);
                const bool ok =
                    isBlank(gap) ? text.joinedBySpace(i + j - 1) : text.gapAfter(i + j - 1) == gap;
                if (!ok || text.word(i + j) != alias.tokens.at(j))
                    return false;
            }
            return true;
        };
        for (qsizetype r = 0; r < readings.size(); ++r) {
            const QList<qsizetype> *candidates = candidatesOf(r);
            if (!candidates)
                continue;
            const bool bareAlef = bareAlefAfterClitic(r);
            for (const qsizetype ai : *candidates) {
                const Alias &alias = g.aliases().at(ai);
                if (alias.tokens.size() <= bestLength)
                    break;
                if (fits(alias, bareAlef)) {
                    bestAlias = ai;
                    bestLength = alias.tokens.size();
                    bestReading = r;
                    break;
                }
            }
        }
        if (bestAlias < 0)
            continue;
        AliasMatch m;
        if (bestLength > 1 && g.aliasNeedsContext(bestAlias)) {
            const bool bareAlef = bareAlefAfterClitic(bestReading);
            for (const qsizetype ai : *candidatesOf(bestReading)) {
                const Alias &alias = g.aliases().at(ai);
                if (alias.tokens.size() < bestLength && fits(alias, bareAlef)) {
                    m.fallbackAlias = ai;
                    m.fallbackLastToken = i + alias.tokens.size() - 1;
                    break;
                }
            }
        }
        m.alias = bestAlias;
        m.entity = g.aliases().at(bestAlias).entity;
        m.firstToken = i;
        m.lastToken = i + bestLength - 1;
        m.prefix = readings[bestReading].prefix;
        m.span = text.originalSpan(text.tokens().at(i).start + readings[bestReading].offset,
                                   text.tokens().at(m.lastToken).end);
        found.append(std::move(m));
    }
    QList<qsizetype> order(found.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&found](qsizetype a, qsizetype b) {
        const qsizetype la = found[a].lastToken - found[a].firstToken;
        const qsizetype lb = found[b].lastToken - found[b].firstToken;
        if (la != lb)
            return la > lb;
        return found[a].span.length() > found[b].span.length();
    });
    QList<bool> taken(n, false);
    QList<bool> keep(found.size(), false);
    for (const qsizetype k : order) {
        bool free = true;
        for (qsizetype t = found[k].firstToken; t <= found[k].lastToken && free; ++t)
            free = !taken[t];
        if (!free)
            continue;
        keep[k] = true;
        for (qsizetype t = found[k].firstToken; t <= found[k].lastToken; ++t)
            taken[t] = true;
    }
    QList<AliasMatch> out;
    for (qsizetype k = 0; k < found.size(); ++k) {
        if (keep[k])
            out.append(std::move(found[k]));
    }
    return out;
}

QString describe(const AliasMatch &m)
{
    return u"alias %1 entity %2 tokens %3-%4 prefix '%5' span %6-%7 fallback %8/%9"_s.arg(m.alias)
        .arg(m.entity)
        .arg(m.firstToken)
        .arg(m.lastToken)
        .arg(m.prefix)
        .arg(m.span.start)
        .arg(m.span.end)
        .arg(m.fallbackAlias)
        .arg(m.fallbackLastToken);
}

/// Both matchers on \a text; returns how many matches they agreed on.
qsizetype requireSameMatches(const EntityMatcher &matcher, const Gazetteer &g, const QString &text)
{
    const AnalyzedText analyzed(text);
    const QList<AliasMatch> expected = referenceMatch(g, analyzed);
    const QList<AliasMatch> actual = matcher.match(analyzed);
    QStringList e, a;
    for (const AliasMatch &m : expected)
        e.append(describe(m));
    for (const AliasMatch &m : actual)
        a.append(describe(m));
    if (e != a) {
        // Report the first difference, not two lists of thousands.
        qsizetype k = 0;
        while (k < e.size() && k < a.size() && e[k] == a[k])
            ++k;
        INFO("first difference at match " << k << "\nexpected: " << e.value(k)
                                          << "\nactual:   " << a.value(k));
        REQUIRE(e == a);
    }
    return e.size();
}

// Proclitic strings, the article among them, and what may stand before a word.
const QStringList Prefixes = {
    u""_s,    u"و"_s,   u"ف"_s,   u"ب"_s,   u"ك"_s,    u"ل"_s,     u"ال"_s,  u"وال"_s,
    u"بال"_s, u"لل"_s,  u"ولل"_s, u"فلل"_s, u"وبال"_s, u"فكال"_s,  u"ا"_s,   u"وا"_s,
    u"لا"_s,  u"الل"_s, u"وب"_s,  u"فل"_s,  u"ببال"_s, u"والال"_s, u"لال"_s, u"كال"_s,
};
// What may stand between two words.
const QStringList Gaps = {u" "_s,  u" "_s, u" "_s,   u"\n"_s,   u"\r\n"_s, u"  "_s, u"، "_s,
                          u", "_s, u"-"_s, u" - "_s, u"\n\n"_s, u"."_s,    u"\t"_s};

} // namespace

TEST_CASE("The fast matcher finds what the reference matcher finds, on the samples",
          "[entities][matcher][equivalence]")
{
    const auto g = Marsad::Tests::realGazetteer();
    REQUIRE(g);
    const EntityMatcher matcher(g);
    const QDir corpus(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/corpus"_s);
    qsizetype matches = 0;
    for (const QString &name : corpus.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile f(corpus.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        INFO(name.toStdString());
        matches += requireSameMatches(matcher, *g, QString::fromUtf8(f.readAll()));
    }
    CHECK(matches > 100);
}

TEST_CASE("The fast matcher finds what the reference matcher finds, on clitics and gaps",
          "[entities][matcher][equivalence]")
{
    const auto g = Marsad::Tests::realGazetteer();
    REQUIRE(g);
    const EntityMatcher matcher(g);
    // Aliases as written (tashkeel-free) and folded, each behind every prefix,
    // joined by every kind of gap, with alias tokens shuffled into runs so
    // that multi-word names start, break off and overlap.
    QStringList words;
    for (const Alias &a : g->aliases()) {
        words.append(a.written.split(u' ', Qt::SkipEmptyParts));
        words.append(a.tokens);
    }
    words.append({u"قال"_s, u"في"_s, u"الحرب"_s, u"اليوم"_s, u"ـ"_s, u"١٢"_s, u"2020"_s});
    QRandomGenerator rng(12);
    qsizetype matches = 0;
    for (int article = 0; article < 60; ++article) {
        QString text;
        for (int w = 0; w < 2000; ++w) {
            // Runs of consecutive alias words make multi-word names likely.
            const qsizetype at = rng.bounded(words.size());
            const int run = 1 + rng.bounded(4);
            for (int k = 0; k < run && at + k < words.size(); ++k) {
                const QString prefix =
                    rng.bounded(3) == 0 ? Prefixes.at(rng.bounded(Prefixes.size())) : QString();
                text += prefix + words.at(at + k);
                text += rng.bounded(4) == 0 ? Gaps.at(rng.bounded(Gaps.size())) : u" "_s;
            }
        }
        matches += requireSameMatches(matcher, *g, text);
    }
    CHECK(matches > 10000);
}

TEST_CASE("The fast matcher finds what the reference matcher finds, word by word",
          "[entities][matcher][equivalence]")
{
    const auto g = Marsad::Tests::realGazetteer();
    REQUIRE(g);
    const EntityMatcher matcher(g);
    // Every first token behind every prefix, alone and before the rest of its
    // alias: one short text per alias, so a miss is easy to read.
    qsizetype matches = 0;
    for (const Alias &a : g->aliases()) {
        QString text;
        for (const QString &p : Prefixes) {
            text += p + a.tokens.first() + u" . "_s;
            text += p + a.written + u" . "_s;
        }
        matches += requireSameMatches(matcher, *g, text);
    }
    CHECK(matches > g->aliases().size());
}

TEST_CASE("The alias index answers as the gazetteer's own lookup",
          "[entities][matcher][equivalence]")
{
    const auto base = Marsad::Tests::realGazetteer();
    REQUIRE(base);
    // With the analyst's entities too: the index is rebuilt for them.
    Entity extra;
    extra.id = u"test-village"_s;
    extra.ar = u"قرية الاختبار الكبرى"_s;
    extra.aliases = {u"الاختبار"_s};
    const auto g = Gazetteer::withExtra(base, {extra});
    REQUIRE(g != base);
    const AliasIndex &index = g->aliasIndex();
    for (qsizetype ai = 0; ai < g->aliases().size(); ++ai) {
        const Alias &a = g->aliases().at(ai);
        const QString &first = a.tokens.first();
        const QList<qsizetype> *expected = g->aliasesStartingWith(first);
        REQUIRE(expected);
        const std::span<const qsizetype> actual = index.startingWith(first, TokenHash::of(first));
        REQUIRE(QList<qsizetype>(actual.begin(), actual.end()) == *expected);
        const AliasIndex::Shape &shape = index.shape(ai);
        REQUIRE(shape.tokenCount == a.tokens.size());
        CHECK(shape.bareAlef == a.bareAlef);
        for (qsizetype j = 0; j < a.tokens.size(); ++j)
            CHECK(index.tokenHash(shape, j) == TokenHash::of(a.tokens.at(j)));
    }
    for (const QString &word : {u"قال"_s, u"الحرب"_s, u"xyz"_s, u""_s, u"كرملين"_s})
        CHECK(index.startingWith(word, TokenHash::of(word)).empty() ==
              (g->aliasesStartingWith(word) == nullptr));
    const EntityMatcher matcher(g);
    CHECK(requireSameMatches(matcher, *g, u"زار قرية الاختبار الكبرى وللاختبار ثم الاختبار"_s) ==
          3);
}

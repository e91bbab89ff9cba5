#include "entitymatcher.h"

#include "cliticanalyzer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

struct Reading
{
    QString stem;
    QString prefix;
    qsizetype offset = 0;
};

bool isBlank(const QString &gap)
{
    for (const QChar c : gap) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isProcliticLetter(QChar c)
{
    return c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644' || c == u'\u0643';
}

} // namespace

EntityMatcher::EntityMatcher(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{}

QList<AliasMatch> EntityMatcher::match(const AnalyzedText &text) const
{
    const Gazetteer &g = *m_gazetteer;
    const qsizetype n = text.tokenCount();
    QList<AliasMatch> found;
    QList<Reading> readings;

    for (qsizetype i = 0; i < n; ++i) {
        const QStringView word = text.word(i);
        readings.clear();
        readings.append({QString(), QString(), 0});
        // Clitic readings cost allocations; try them only when some suffix of
        // the word could start an alias at all.
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
            for (const Text::CliticAnalysis &a : Text::CliticAnalyzer::analyses(word)) {
                if (a.prefix.isEmpty())
                    continue;
                // Never strip the article: names that take it (الكرملين) carry it
                // in the gazetteer, and a stripped one (القطر → قطر) is a false
                // friend. ل + ال restored (للكرملين → الكرملين) is fine.
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
        // A clitic before a bare ا in the original: the article, unless the
        // alias itself is spelt with a bare ا.
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
                    break; // Longest first: nothing longer follows.
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
            // The shorter reading, should the long one fail its context check.
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

    // Longest match wins, then the earlier one; keep the winners in text order.
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

QList<Mention> EntityMatcher::match(const QString &text) const
{
    const AnalyzedText analyzed(text);
    QList<Mention> out;
    for (const AliasMatch &m : match(analyzed)) {
        const Entity &e = m_gazetteer->entityAt(m.entity);
        out.append({e.id, e.type, m.span, text.sliced(m.span.start, m.span.length()), false, 1.0});
    }
    return out;
}

} // namespace Marsad::Entities

#include "entitymatcher.h"

#include <QVarLengthArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

constexpr QChar Waw(0x0648), Fa(0x0641), Ba(0x0628), Lam(0x0644), Kaf(0x0643), Alef(0x0627);
const QString Article = u"\u0627\u0644"_s;
/// CliticAnalyzer::MinimumStem: no reading is shorter.
constexpr qsizetype MinimumStem = 2;

/// One reading of a word: its stem starts at \a offset, after the clitics
/// (the prefix is the word's first \a offset letters); \a restoresArticle: the
/// stem is ال + the rest (للكرملين → الكرملين).
struct Reading
{
    qsizetype offset = 0;
    bool restoresArticle = false;
    bool hasArticle = false;
};

/// The readings Text::CliticAnalyzer::analyses gives, in its order and with
/// its duplicates dropped, as offsets into the word: the same logic without a
/// string built per reading (the matcher tries them on most words of a text).
/// The first reading is the word as written.
class CliticReadings final
{
public:
    explicit CliticReadings(QStringView word) : m_word(word)
    {
        m_readings.append({});
        // Every clitic reading starts with one of these letters: most words
        // are done here.
        if (word.size() <= MinimumStem || !mayStartWithClitic(word[0]))
            return;
        QVarLengthArray<qsizetype, 2> afterConjunction{0};
        if (word[0] == Waw || word[0] == Fa)
            afterConjunction.append(1);
        for (const qsizetype c : afterConjunction) {
            if (c > 0)
                add({c, false, false});
            const QStringView rest = word.sliced(c);
            if (rest.size() > MinimumStem + 1 && rest[0] == Lam && rest[1] == Lam) {
                add({c + 2, true, true});
                add({c + 2, false, true});
            }
            qsizetype p = c;
            if (rest.size() > MinimumStem && (rest[0] == Ba || rest[0] == Kaf || rest[0] == Lam)) {
                p = c + 1;
                add({p, false, false});
            }
            for (const qsizetype start : {c, p}) {
                const QStringView afterPrep = word.sliced(start);
                if (afterPrep.size() > MinimumStem + 1 && afterPrep[0] == Alef &&
                    afterPrep[1] == Lam)
                    add({start + 2, false, true});
            }
        }
    }

    qsizetype size() const { return m_readings.size(); }
    const Reading &at(qsizetype r) const { return m_readings[r]; }
    /// The stem of reading \a r; a restored article is written into \a buffer.
    QStringView stem(qsizetype r, QVarLengthArray<QChar, 64> &buffer) const
    {
        const QStringView tail = m_word.sliced(m_readings[r].offset);
        if (!m_readings[r].restoresArticle)
            return tail;
        buffer.clear();
        buffer.append(Article.constData(), Article.size());
        buffer.append(tail.data(), tail.size());
        return QStringView(buffer.constData(), buffer.size());
    }
    bool stemStartsWithArticle(qsizetype r) const
    {
        return m_readings[r].restoresArticle ||
               m_word.sliced(m_readings[r].offset).startsWith(Article);
    }

private:
    static bool mayStartWithClitic(QChar c)
    {
        return c == Waw || c == Fa || c == Ba || c == Kaf || c == Lam || c == Alef;
    }
    qsizetype stemSize(const Reading &r) const
    {
        return (r.restoresArticle ? Article.size() : 0) + m_word.size() - r.offset;
    }
    bool sameStem(const Reading &a, const Reading &b) const
    {
        if (a.restoresArticle == b.restoresArticle)
            return a.offset == b.offset;
        // ال + word[o…] against word[o - 2…]: the same when the word has ال there.
        const Reading &restored = a.restoresArticle ? a : b;
        const Reading &plain = a.restoresArticle ? b : a;
        return plain.offset == restored.offset - Article.size() &&
               m_word.sliced(plain.offset).startsWith(Article);
    }
    void add(const Reading &reading)
    {
        if (stemSize(reading) < MinimumStem)
            return;
        for (const Reading &r : m_readings) {
            if (sameStem(r, reading))
                return;
        }
        m_readings.append(reading);
    }

    QStringView m_word;
    QVarLengthArray<Reading, 16> m_readings;
};

/// Settles the matches [begin, end) of \a found that overlap: the longest
/// (in tokens, then in characters, then the earliest) wins its tokens; a loser
/// is marked with alias -1.
void settle(QList<AliasMatch> &found, qsizetype begin, qsizetype end)
{
    QVarLengthArray<qsizetype, 16> order;
    for (qsizetype k = begin; k < end; ++k)
        order.append(k);
    std::stable_sort(order.begin(), order.end(), [&found](qsizetype a, qsizetype b) {
        const qsizetype la = found[a].lastToken - found[a].firstToken;
        const qsizetype lb = found[b].lastToken - found[b].firstToken;
        if (la != lb)
            return la > lb;
        return found[a].span.length() > found[b].span.length();
    });
    const qsizetype first = found[begin].firstToken;
    QVarLengthArray<bool, 64> taken;
    for (const qsizetype k : order) {
        AliasMatch &m = found[k];
        taken.resize(std::max(taken.size(), m.lastToken - first + 1), false);
        bool free = true;
        for (qsizetype t = m.firstToken; t <= m.lastToken && free; ++t)
            free = !taken[t - first];
        if (!free) {
            m.alias = -1;
            continue;
        }
        for (qsizetype t = m.firstToken; t <= m.lastToken; ++t)
            taken[t - first] = true;
    }
}

/// Drops the losers where matches overlap; the winners stay in text order.
/// \a found is in token order, one match per first token, so overlapping
/// matches form runs, and each run is settled on its own: a match's fate
/// depends only on the matches it shares tokens with (the same outcome as
/// one sort of all matches, at a fraction of the cost).
void resolveOverlaps(QList<AliasMatch> &found)
{
    bool dropped = false;
    for (qsizetype begin = 0; begin < found.size();) {
        qsizetype end = begin + 1;
        qsizetype last = found[begin].lastToken;
        while (end < found.size() && found[end].firstToken <= last) {
            last = std::max(last, found[end].lastToken);
            ++end;
        }
        if (end - begin > 1) {
            settle(found, begin, end);
            dropped = true;
        }
        begin = end;
    }
    if (dropped)
        found.removeIf([](const AliasMatch &m) { return m.alias < 0; });
}

} // namespace

EntityMatcher::EntityMatcher(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{}

QList<AliasMatch> EntityMatcher::match(const AnalyzedText &text) const
{
    const Gazetteer &g = *m_gazetteer;
    const AliasIndex &index = g.aliasIndex();
    const qsizetype n = text.tokenCount();
    // Each token hashed once: it is looked up as a first token and compared
    // as a further token of the multi-word aliases it might continue.
    std::vector<quint64> hashes(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        hashes[size_t(i)] = TokenHash::of(text.word(i));

    QList<AliasMatch> found;
    QVarLengthArray<QChar, 64> stemBuffer;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView word = text.word(i);
        const CliticReadings readings(word);

        qsizetype bestAlias = -1;
        qsizetype bestLength = 0;
        qsizetype bestReading = -1;
        const auto candidatesOf = [&](qsizetype r) {
            if (r == 0)
                return index.startingWith(word, hashes[size_t(i)]);
            const QStringView stem = readings.stem(r, stemBuffer);
            return index.startingWith(stem, TokenHash::of(stem));
        };
        // A clitic before a bare ا in the original: the article, unless the
        // alias itself is spelt with a bare ا.
        const auto bareAlefAfterClitic = [&](qsizetype r) {
            if (r == 0)
                return false;
            const qsizetype at =
                text.folded().originalStart(text.tokens().at(i).start + readings.at(r).offset);
            return at < text.original().size() && text.original().at(at) == Alef;
        };
        const auto fits = [&](qsizetype ai, bool bareAlef) {
            const AliasIndex::Shape &shape = index.shape(ai);
            const qsizetype len = shape.tokenCount;
            if (i + len > n || (bareAlef && !shape.bareAlef))
                return false;
            // Hashes first: most candidates fail on one integer comparison.
            for (qsizetype j = 1; j < len; ++j) {
                if (hashes[size_t(i + j)] != index.tokenHash(shape, j))
                    return false;
            }
            const Alias &alias = g.aliases().at(ai);
            for (qsizetype j = 1; j < len; ++j) {
                const QString &gap = alias.gaps.at(j - 1);
                const bool blank =
                    shape.blankGaps ||
                    std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
                const bool ok =
                    blank ? text.joinedBySpace(i + j - 1) : text.gapAfter(i + j - 1) == gap;
                if (!ok || text.word(i + j) != alias.tokens.at(j))
                    return false;
            }
            return true;
        };
        for (qsizetype r = 0; r < readings.size(); ++r) {
            // Never strip the article: names that take it (الكرملين) carry it
            // in the gazetteer, and a stripped one (القطر → قطر) is a false
            // friend. ل + ال restored (للكرملين → الكرملين) is fine.
            if (r > 0 && readings.at(r).hasArticle && !readings.stemStartsWithArticle(r))
                continue;
            const std::span<const qsizetype> candidates = candidatesOf(r);
            if (candidates.empty())
                continue;
            const bool bareAlef = bareAlefAfterClitic(r);
            for (const qsizetype ai : candidates) {
                if (index.shape(ai).tokenCount <= bestLength)
                    break; // Longest first: nothing longer follows.
                if (fits(ai, bareAlef)) {
                    bestAlias = ai;
                    bestLength = index.shape(ai).tokenCount;
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
            for (const qsizetype ai : candidatesOf(bestReading)) {
                const qsizetype len = index.shape(ai).tokenCount;
                if (len < bestLength && fits(ai, bareAlef)) {
                    m.fallbackAlias = ai;
                    m.fallbackLastToken = i + len - 1;
                    break;
                }
            }
        }
        const qsizetype offset = readings.at(bestReading).offset;
        m.alias = bestAlias;
        m.entity = g.aliases().at(bestAlias).entity;
        m.firstToken = i;
        m.lastToken = i + bestLength - 1;
        m.prefix = word.first(offset).toString();
        m.span = text.originalSpan(text.tokens().at(i).start + offset,
                                   text.tokens().at(m.lastToken).end);
        found.append(std::move(m));
    }
    resolveOverlaps(found);
    return found;
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

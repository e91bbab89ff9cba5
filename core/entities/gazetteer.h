// The conflict-wide gazetteer (DESIGN.md §4): entities and their aliases,
// indexed by folded token sequences for the matcher.
//
// Loaded once and then only read, so one instance is shared by every thread.
#pragma once

#include "mention.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace Marsad::Entities {

struct Entity
{
    QString id; ///< Stable slug ("shusha").
    EntityType type = EntityType::Place;
    QString ar;
    QString en;
    QStringList aliases; ///< As written in the JSON, without ar.
    double lat = 0.0;
    double lon = 0.0;
    bool hasCoordinates = false;
    QString kind;
    QString country;
    QStringList needsContext; ///< Aliases (as written) that are also common words or names.
    /// One of the few places the map always shows ("pinned": true in the JSON).
    bool pinned = false;
    /// Its place among the pinned ("pinned": 1, 2, …); 0 keeps the file's order.
    int pinRank = 0;
    /// For settlements of the theatre: the district slug ("fuzuli").
    QString district;
};

/// One spelling of an entity, folded and cut into tokens as the text will be.
struct Alias
{
    qsizetype entity = -1; ///< Index into Gazetteer::entities().
    QString written;       ///< As in the JSON.
    QStringList tokens;    ///< Folded tokens.
    /// Folded separators between tokens (tokens.size() - 1 of them); a
    /// whitespace separator matches one space or line break in the text.
    QStringList gaps;
    bool needsContext = false;
    /// Some spelling of it starts with a bare ا (not أ إ آ). A clitic before a
    /// bare ا is nearly always the article: "فالييف" is Valiyev, not ف + ألييف.
    bool bareAlef = false;
};

/// A 64-bit hash of a folded token, four UTF-16 units per step: the matcher
/// hashes every word of every text once, so this is on the hot path. Not for
/// security; every lookup confirms the strings.
class TokenHash final
{
public:
    static quint64 of(QStringView text)
    {
        const char16_t *p = text.utf16();
        qsizetype n = text.size();
        quint64 h = 0xcbf29ce484222325ULL ^ quint64(n);
        for (; n >= 4; p += 4, n -= 4) {
            quint64 chunk;
            std::memcpy(&chunk, p, sizeof chunk);
            h = (h ^ chunk) * Multiplier;
        }
        if (n > 0) {
            quint64 chunk = 0;
            std::memcpy(&chunk, p, size_t(n) * sizeof(char16_t));
            h = (h ^ chunk) * Multiplier;
        }
        return h;
    }

private:
    static constexpr quint64 Multiplier = 0x9E3779B97F4A7C15ULL;
};

/// The aliases laid out for the matcher's inner loop (issue 12): the first
/// tokens in a flat open-addressing table keyed by TokenHash, so a word that
/// starts no alias costs one probe and no string is hashed twice; and per
/// alias its shape and the hashes of its further tokens, so a candidate is
/// mostly turned away by comparing integers. Every hit is confirmed on the
/// strings: the answers are exact.
class AliasIndex final
{
public:
    /// What fits() needs of an alias, packed.
    struct Shape
    {
        qint32 tokenCount = 0;
        qint32 hashesAt = 0; ///< Its token hashes in tokenHashes(), first included.
        bool bareAlef = false;
        bool blankGaps = true; ///< Every gap is whitespace (one space or line break).
    };

    AliasIndex() = default;
    /// \a byFirstToken: alias indices by first token, longest first.
    AliasIndex(const QList<Alias> &aliases, const QHash<QString, QList<qsizetype>> &byFirstToken);

    /// The aliases whose first token is \a token, longest first (empty when
    /// none); \a hash is TokenHash::of(token).
    std::span<const qsizetype> startingWith(QStringView token, quint64 hash) const
    {
        const size_t bit = filterBit(hash);
        if (m_filter.empty() || !((m_filter[bit / 64] >> (bit % 64)) & 1))
            return {};
        return find(token, hash);
    }
    const Shape &shape(qsizetype alias) const { return m_shapes[size_t(alias)]; }
    /// TokenHash of token \a j of the alias of \a shape.
    quint64 tokenHash(const Shape &shape, qsizetype j) const
    {
        return m_tokenHashes[size_t(shape.hashesAt + j)];
    }

private:
    struct FirstToken
    {
        QString token;
        qsizetype begin = 0; ///< Its aliases in m_candidates.
        qsizetype count = 0;
    };
    struct Slot
    {
        quint64 hash = 0;
        qint32 firstToken = -1; ///< Index into m_firstTokens; -1: empty.
    };
    size_t slotOf(quint64 hash) const { return size_t((hash * 0x9E3779B97F4A7C15ULL) >> m_shift); }
    // The top bits of two different products: the table and the filter do
    // not fail together.
    static size_t filterBit(quint64 hash) { return size_t((hash * 0xC2B2AE3D27D4EB4FULL) >> 48); }
    std::span<const qsizetype> find(QStringView token, quint64 hash) const;

    /// A bit per first token (8 KB, stays in L1): most words of a text are
    /// turned away here without touching the larger table.
    std::vector<quint64> m_filter;

    std::vector<Slot> m_slots; ///< A power of two, at most a quarter full.
    int m_shift = 64;
    std::vector<FirstToken> m_firstTokens;
    std::vector<qsizetype> m_candidates;
    std::vector<Shape> m_shapes;
    std::vector<quint64> m_tokenHashes;
};

class Gazetteer;

/// The gazetteer's data: the hand-kept entities and the optional companion
/// files that live next to it in resources/.
struct GazetteerSources
{
    QByteArray gazetteer;       ///< gazetteer.json
    QByteArray outlets;         ///< outlets.json: news outlets and agencies, same format
    QByteArray settlements;     ///< settlements.json: Latin names, generated spellings
    QByteArray transliteration; ///< transliteration.json: the rules for settlements
    QByteArray commonWords;     ///< commonwords.txt: never a name on their own
};

/// The outcome of loading: a gazetteer or the reason there is none.
struct GazetteerLoad
{
    std::shared_ptr<const Gazetteer> gazetteer;
    QString error;
    explicit operator bool() const { return gazetteer != nullptr; }
};

class Gazetteer final
{
public:
    static GazetteerLoad fromFile(const QString &path);
    static GazetteerLoad fromJson(const QByteArray &json);
    /// The gazetteer and its companions; empty companions are skipped.
    static GazetteerLoad fromSources(const GazetteerSources &sources);
    /// \a base with \a extra added (the analyst's own entities, issue 15):
    /// their names, types and coordinates for the index and the views, and
    /// their spellings for the text query. An extra entity whose id \a base
    /// has, or with no Arabic name, is left out. \a base itself when nothing
    /// is added. The base is copied (its containers are shared until written).
    static std::shared_ptr<const Gazetteer> withExtra(std::shared_ptr<const Gazetteer> base,
                                                      const QList<Entity> &extra);

    const QList<Entity> &entities() const { return m_entities; }
    const Entity &entityAt(qsizetype index) const { return m_entities.at(index); }
    /// The entity with \a id, or nullptr.
    const Entity *entity(const QString &id) const;

    const QList<Alias> &aliases() const { return m_aliases; }
    /// Indices of the aliases whose first folded token is \a token, longest
    /// first; nullptr when none. Does not allocate.
    const QList<qsizetype> *aliasesStartingWith(QStringView token) const;
    /// True when some alias starts with \a token, or with ال + \a token (a
    /// cheap test before trying a word's clitic analyses).
    bool mayStartAlias(QStringView token) const;
    /// The aliases laid out for fast matching.
    const AliasIndex &aliasIndex() const { return m_aliasIndex; }
    /// True when the alias (by index) is only a mention with supporting context.
    bool aliasNeedsContext(qsizetype alias) const { return m_aliases.at(alias).needsContext; }

    /// A common word of the language (folded, clitics not stripped): never a
    /// name on its own.
    bool isCommonWord(QStringView folded) const;
    /// The place whose one-word alias has the consonant skeleton of \a folded
    /// (an unseen spelling of a known place), or -1; -1 too when two places share it.
    qsizetype placeBySkeleton(QStringView folded) const;
    /// The consonant skeleton: vowel letters dropped, ج غ ق ك as one.
    static QString skeleton(QStringView folded);

private:
    Gazetteer() = default;
    void addAlias(qsizetype entity, const QString &written, bool needsContext);
    QString addEntities(const QByteArray &json, bool mergeKnown);
    QString addSettlements(const QByteArray &json, const QByteArray &rules);
    void finishIndex();

    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_byId;
    QList<Alias> m_aliases;
    QHash<QString, QList<qsizetype>> m_byFirstToken;
    QSet<QString> m_mayStart;
    /// A bit per (first letters, last letter, length) of every key of
    /// m_mayStart: most words of a text are turned away by one bit test
    /// before any string is hashed.
    std::vector<quint64> m_quickFilter;
    static quint32 quickKey(QStringView token);
    bool mayBeKey(QStringView token) const
    {
        const quint32 k = quickKey(token);
        return !m_quickFilter.empty() && (m_quickFilter[k >> 6] >> (k & 63)) & 1;
    }
    AliasIndex m_aliasIndex;
    QSet<QString> m_commonWords;
    QHash<QString, qsizetype> m_bySkeleton; ///< -1: shared by several places
};

} // namespace Marsad::Entities

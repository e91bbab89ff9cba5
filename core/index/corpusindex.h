// The analysed corpus, indexed for the questions the views ask: which
// articles pass a filter (entity postings intersected, a folded word index
// for the text query, publication dates), how often each entity is mentioned
// among them, and articles in date order. Built once per corpus, then only
// read, so any thread may query it.
#pragma once

#include "analyzedarticle.h"
#include "filterstate.h"
#include "gazetteer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Marsad::Index {

/// How an entity figures among a set of articles.
struct EntityStats
{
    QString id;
    EntityType type = EntityType::Place;
    QString nameAr; ///< Canonical Arabic name (a candidate's surface).
    QString nameEn; ///< English name (empty for candidates).
    bool candidate = false;
    int mentions = 0; ///< Mentions outside boilerplate.
    int articles = 0; ///< Articles with at least one such mention.
    QDate first;      ///< Earliest publication date among those articles.
    QDate last;
};

class CorpusIndex final
{
public:
    /// Builds the index. Setting \a cancel stops the build early: the index is
    /// then incomplete and must be dropped. \a progress gets (articles done, total).
    /// \a sameTexts, an index of the same texts in the same rows (the corpus
    /// before the analyst's latest correction), lends its word postings, which
    /// corrections never change: re-indexing is then the entities' work only.
    CorpusIndex(QList<Analysis::AnalyzedArticle> articles,
                std::shared_ptr<const Entities::Gazetteer> gazetteer,
                const std::atomic_bool *cancel = nullptr,
                const std::function<void(qsizetype, qsizetype)> &progress = {},
                const CorpusIndex *sameTexts = nullptr);

    qsizetype size() const { return m_articles.size(); }
    const Analysis::AnalyzedArticle &article(qsizetype row) const { return m_articles.at(row); }
    const QList<Analysis::AnalyzedArticle> &articles() const { return m_articles; }
    const Entities::Gazetteer *gazetteer() const { return m_gazetteer.get(); }

    /// Rows (input order) of the articles that pass \a filter.
    QList<qsizetype> matching(const Filter &filter) const;

    /// Entity statistics over \a rows, most mentioned first; every entity that
    /// has a mention in them. \a alwaysInclude adds entities with zeros.
    QList<EntityStats> entityStats(const QList<qsizetype> &rows,
                                   const QStringList &alwaysInclude = {}) const;

    /// Corpus-wide mention count of an entity (boilerplate excluded).
    int mentionCount(const QString &id) const;
    /// Canonical names and type for any entity id seen in the corpus.
    EntityStats describe(const QString &id) const;

    /// All rows sorted by publication date (undated last), ties in input order.
    QList<qsizetype> dateOrder() const { return m_dateOrder; }

    /// The mentions of an article that count (not inside boilerplate).
    static bool counts(const Analysis::AnalyzedArticle &a, const Mention &m);

    /// Per article, precomputed: (entity number, counted mentions) pairs.
    /// Entity numbers are positions in entityIds(); statistics sum these
    /// instead of walking every mention again on every filter change.
    struct EntityCount
    {
        int entity;
        int mentions;
    };
    const QList<EntityCount> &entityCounts(qsizetype row) const { return m_entityCounts.at(row); }
    const QStringList &entityIds() const { return m_entityIds; }

private:
    std::optional<QList<qsizetype>> queryRows(const QString &query) const;

    QList<Analysis::AnalyzedArticle> m_articles;
    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
    QHash<QString, QList<qsizetype>> m_entityPostings; ///< id -> rows, ascending.
    /// wordKey(folded word or stem) -> rows. Keys, not strings: no string is
    /// kept per word, and a 64-bit collision costs at most an extra row.
    QHash<quint64, QList<qsizetype>> m_wordPostings;
    QHash<QString, int> m_mentionCounts;
    QHash<QString, EntityStats> m_descriptions;
    QStringList m_entityIds;                  ///< Entity number -> id.
    QList<QList<EntityCount>> m_entityCounts; ///< Per article.
    QList<qsizetype> m_dateOrder;
};

} // namespace Marsad::Index

#include "corpusindex.h"

#include "analysisthreadpool.h"
#include "textquery.h"
#include "wordkeys.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Marsad::Index {
namespace {

// Sorted-list intersection and difference: postings are ascending rows.
QList<qsizetype> intersect(const QList<qsizetype> &a, const QList<qsizetype> &b)
{
    QList<qsizetype> out;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

QList<qsizetype> subtract(const QList<qsizetype> &a, const QList<qsizetype> &b)
{
    QList<qsizetype> out;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

QDate publicationDate(const Analysis::AnalyzedArticle &a)
{
    return a.time.published.date;
}

// Keys of the article's words with their clitic-free stems, for the query
// index: sorted, each once. The entity stage found those of the text; a
// title given apart from the text (HTML, JSONL) is added here.
QList<quint64> indexWords(Analysis::AnalyzedArticle &a)
{
    QList<quint64> keys = std::move(a.words);
    a.words = {}; // the postings hold them from now on
    if (keys.empty())
        keys = Text::wordKeysOf(a.article.text);
    if (!a.article.titleSpan.isValid() && !a.article.title.isEmpty())
        keys = Text::mergeWordKeys(keys, Text::wordKeysOf(a.article.title));
    return keys;
}

} // namespace

bool CorpusIndex::counts(const Analysis::AnalyzedArticle &a, const Mention &m)
{
    return !a.article.isBoilerplate(m.span);
}

CorpusIndex::CorpusIndex(QList<Analysis::AnalyzedArticle> articles,
                         std::shared_ptr<const Entities::Gazetteer> gazetteer,
                         const std::atomic_bool *cancel,
                         const std::function<void(qsizetype, qsizetype)> &progress,
                         const CorpusIndex *sameTexts)
    : m_articles(std::move(articles)), m_gazetteer(std::move(gazetteer))
{
    const bool wordsKnown = sameTexts && sameTexts->size() == m_articles.size();
    if (wordsKnown)
        m_wordPostings = sameTexts->m_wordPostings; // shared, not copied
    QHash<QString, int> entityNumbers;
    // Words are found by the entity stage (or read from the store); articles
    // made otherwise are folded here, on the analysis pool a batch at a time.
    // Either way they are added to the postings in row order.
    constexpr qsizetype Batch = 256;
    std::vector<QList<quint64>> words;
    QList<qsizetype> batchRows;
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (row % Batch == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            if (progress)
                progress(row, m_articles.size());
        }
        if (row % Batch == 0 && !wordsKnown) {
            const qsizetype count = std::min(Batch, m_articles.size() - row);
            batchRows.resize(count);
            std::iota(batchRows.begin(), batchRows.end(), row);
            Analysis::AnalyzedArticle *first = m_articles.data(); // detached once, here
            words = QtConcurrent::blockingMapped<std::vector<QList<quint64>>>(
                analysisThreadPool(), batchRows,
                [first](qsizetype r) { return indexWords(first[r]); });
        }
        const Analysis::AnalyzedArticle &a = m_articles.at(row);
        QSet<QString> seen;
        for (const Mention &m : a.mentions) {
            if (!counts(a, m))
                continue;
            ++m_mentionCounts[m.entityId];
            if (!seen.contains(m.entityId)) {
                seen.insert(m.entityId);
                m_entityPostings[m.entityId].append(row);
            }
            if (!m_descriptions.contains(m.entityId)) {
                EntityStats d;
                d.id = m.entityId;
                d.type = m.type;
                d.candidate = m.candidate;
                const Entities::Entity *e =
                    m_gazetteer && !m.candidate ? m_gazetteer->entity(m.entityId) : nullptr;
                d.nameAr = e ? e->ar : m.surface;
                d.nameEn = e ? e->en : QString();
                m_descriptions.insert(m.entityId, d);
            }
        }
        QHash<QString, int> perArticle;
        for (const Mention &m : a.mentions) {
            if (counts(a, m))
                ++perArticle[m.entityId];
        }
        QList<EntityCount> entityCounts;
        entityCounts.reserve(perArticle.size());
        for (auto it = perArticle.cbegin(); it != perArticle.cend(); ++it) {
            auto number = entityNumbers.constFind(it.key());
            if (number == entityNumbers.cend()) {
                number = entityNumbers.insert(it.key(), int(m_entityIds.size()));
                m_entityIds.append(it.key());
            }
            entityCounts.append({*number, it.value()});
        }
        m_entityCounts.append(std::move(entityCounts));
        if (!wordsKnown)
            for (const quint64 key : words.at(size_t(row % Batch)))
                m_wordPostings[key].append(row);
    }

    m_dateOrder.resize(m_articles.size());
    std::iota(m_dateOrder.begin(), m_dateOrder.end(), 0);
    std::stable_sort(m_dateOrder.begin(), m_dateOrder.end(), [this](qsizetype x, qsizetype y) {
        const QDate a = publicationDate(m_articles.at(x)), b = publicationDate(m_articles.at(y));
        if (a.isValid() != b.isValid())
            return a.isValid();
        return a < b;
    });
}

std::optional<QList<qsizetype>> CorpusIndex::queryRows(const QString &query) const
{
    // Every word of the query must occur, as written or without its clitics,
    // or be part of a spelling of an entity the article mentions.
    const TextQuery parsed(query, m_gazetteer.get());
    std::optional<QList<qsizetype>> rows;
    for (const TextQuery::Term &term : parsed.terms()) {
        QList<qsizetype> any;
        auto add = [&any](const QList<qsizetype> &postings) {
            QList<qsizetype> merged;
            std::set_union(any.cbegin(), any.cend(), postings.cbegin(), postings.cend(),
                           std::back_inserter(merged));
            any = std::move(merged);
        };
        for (const QString &stem : term.stems)
            add(m_wordPostings.value(Text::wordKey(stem)));
        for (const QString &id : term.entityIds)
            add(m_entityPostings.value(id));
        rows = rows ? intersect(*rows, any) : any;
    }
    return rows; // none when the query has no words: it filters nothing
}

QList<qsizetype> CorpusIndex::matching(const Filter &filter) const
{
    std::optional<QList<qsizetype>> rows;
    // Smallest posting list first keeps the intersections short.
    QStringList included = filter.included;
    std::sort(included.begin(), included.end(), [this](const QString &a, const QString &b) {
        return m_entityPostings.value(a).size() < m_entityPostings.value(b).size();
    });
    for (const QString &id : included) {
        const QList<qsizetype> postings = m_entityPostings.value(id);
        rows = rows ? intersect(*rows, postings) : postings;
    }
    if (const auto q = queryRows(filter.query))
        rows = rows ? intersect(*rows, *q) : *q;
    QList<qsizetype> result;
    if (rows) {
        result = *rows;
    } else {
        result.resize(m_articles.size());
        std::iota(result.begin(), result.end(), 0);
    }
    for (const QString &id : filter.excluded)
        result = subtract(result, m_entityPostings.value(id));
    if (filter.undatedOnly) {
        result.removeIf(
            [&](qsizetype row) { return publicationDate(m_articles.at(row)).isValid(); });
    }
    if (filter.hasDateRange()) {
        result.removeIf([&](qsizetype row) {
            const QDate d = publicationDate(m_articles.at(row));
            return !d.isValid() || (filter.from.isValid() && d < filter.from) ||
                   (filter.to.isValid() && d > filter.to);
        });
    }
    return result;
}

QList<EntityStats> CorpusIndex::entityStats(const QList<qsizetype> &rows,
                                            const QStringList &alwaysInclude) const
{
    // Sums the per-article counts into arrays indexed by entity number.
    const qsizetype n = m_entityIds.size();
    QList<int> mentions(n, 0), articles(n, 0);
    QList<QDate> first(n), last(n);
    for (const qsizetype row : rows) {
        const QDate date = publicationDate(m_articles.at(row));
        for (const EntityCount &c : m_entityCounts.at(row)) {
            mentions[c.entity] += c.mentions;
            ++articles[c.entity];
            if (date.isValid()) {
                if (!first[c.entity].isValid() || date < first[c.entity])
                    first[c.entity] = date;
                if (!last[c.entity].isValid() || date > last[c.entity])
                    last[c.entity] = date;
            }
        }
    }
    QList<EntityStats> list;
    QSet<QString> listed;
    for (qsizetype e = 0; e < n; ++e) {
        if (mentions.at(e) == 0)
            continue;
        EntityStats s = describe(m_entityIds.at(e));
        s.mentions = mentions.at(e);
        s.articles = articles.at(e);
        s.first = first.at(e);
        s.last = last.at(e);
        listed.insert(s.id);
        list.append(s);
    }
    for (const QString &id : alwaysInclude) {
        if (!listed.contains(id))
            list.append(describe(id));
    }
    std::sort(list.begin(), list.end(), [](const EntityStats &a, const EntityStats &b) {
        if (a.mentions != b.mentions)
            return a.mentions > b.mentions;
        return a.id < b.id;
    });
    return list;
}

int CorpusIndex::mentionCount(const QString &id) const
{
    return m_mentionCounts.value(id);
}

EntityStats CorpusIndex::describe(const QString &id) const
{
    if (const auto it = m_descriptions.constFind(id); it != m_descriptions.cend()) {
        EntityStats d = *it;
        d.mentions = d.articles = 0;
        return d;
    }
    EntityStats d;
    d.id = id;
    if (const Entities::Entity *e = m_gazetteer ? m_gazetteer->entity(id) : nullptr) {
        d.type = e->type;
        d.nameAr = e->ar;
        d.nameEn = e->en;
    }
    return d;
}

} // namespace Marsad::Index

#include "articlelinker.h"

#include "arabicfolder.h"
#include "chronology.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include <vector>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

// Words that introduce a name: a run of names and titles is not a passage.
bool isTitle(quint64 wordHash)
{
    static const std::vector<quint64> titles = [] {
        std::vector<quint64> out;
        for (const char16_t *title :
             {u"الرئيس",   u"رئيس",   u"وزير",     u"وزيره",   u"الوزير", u"المتحدث",
              u"المتحدثه", u"باسم",   u"السيد",    u"الجنرال", u"العقيد", u"اللواء",
              u"الخارجيه", u"الدفاع", u"وزاره",    u"الوزراء", u"رئيسه",  u"الامين",
              u"العام",    u"مستشار", u"المستشار", u"سفير",    u"السفير", u"مساعد"})
            out.push_back(BodyWords::hashOf(QStringView(title)));
        std::sort(out.begin(), out.end());
        return out;
    }();
    return std::binary_search(titles.cbegin(), titles.cend(), wordHash);
}

std::vector<BodyWords> bodyWordsOf(const QList<Corpus::Article> &articles,
                                   const std::atomic_bool *cancel)
{
    std::vector<BodyWords> out(size_t(articles.size()));
    for (qsizetype a = 0; a < articles.size() && !(cancel && cancel->load()); ++a)
        out[size_t(a)] = BodyWords::of(articles.at(a));
    return out;
}

} // namespace

ArticleLinker::ArticleLinker(const QList<Corpus::Article> &articles, int minWords,
                             const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel)
    : m_minWords(std::max(2, minWords))
{
    for (const Corpus::Article &article : articles)
        m_articles.append(&article);
    std::vector<BodyWords> words = bodyWordsOf(articles, cancel);
    const DocumentFrequency df(words);
    build(std::move(words), df, mentions, cancel, nullptr);
}

ArticleLinker::ArticleLinker(const QList<Corpus::Article> &articles, std::vector<BodyWords> words,
                             const DocumentFrequency &df, int minWords,
                             const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel,
                             QThreadPool *pool)
    : m_minWords(std::max(2, minWords))
{
    for (const Corpus::Article &article : articles)
        m_articles.append(&article);
    words.resize(size_t(articles.size()));
    build(std::move(words), df, mentions, cancel, pool);
}

void ArticleLinker::build(std::vector<BodyWords> words, const DocumentFrequency &df,
                          const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel,
                          QThreadPool *pool)
{
    // Rarity: min(1, ln(1 + N/df) / ln 9), so a word in at most an eighth of
    // the corpus counts fully; names and titles count nothing. It depends on
    // df alone: a table, not a logarithm per word.
    const qsizetype n = qsizetype(words.size());
    std::vector<float> rarityOf(size_t(n) + 1);
    for (qsizetype k = 0; k <= n; ++k)
        rarityOf[size_t(k)] = float(std::min(
            1.0, std::log(1.0 + double(n) / double(std::max<qsizetype>(1, k))) / std::log(9.0)));
    m_docs.resize(words.size());
    m_maxDocs = std::clamp<qsizetype>(n / 2, 2, MaxSharingArticles);
    struct Occurrence
    {
        size_t gram;
        qint32 doc;
        qint32 start;
        bool operator<(const Occurrence &o) const
        {
            return std::tie(gram, doc, start) < std::tie(o.gram, o.doc, o.start);
        }
    };
    // Each article on its own (on the pool when there is one): its words,
    // their rarity, its grams, written into its own slice of one array (no
    // per-article copies to gather: at 10^4 articles this array is ~100 MB).
    std::vector<size_t> firstGram(size_t(n) + 1, 0);
    for (qsizetype a = 0; a < n; ++a)
        firstGram[size_t(a) + 1] =
            firstGram[size_t(a)] +
            size_t(
                std::max<qsizetype>(0, qsizetype(words[size_t(a)].hashes.size()) - m_minWords + 1));
    std::vector<Occurrence> occurrences(firstGram.back()); // every gram of every article
    const auto prepare = [&](qsizetype a) {
        if (cancel && cancel->load())
            return;
        Doc &doc = m_docs[size_t(a)];
        doc.words = std::move(words[size_t(a)].hashes);
        doc.spans = std::move(words[size_t(a)].spans);
        QList<Mention> mentioned =
            mentions && a < mentions->size() ? mentions->at(a) : QList<Mention>();
        std::sort(mentioned.begin(), mentioned.end(),
                  [](const Mention &x, const Mention &y) { return x.span.end < y.span.end; });
        qsizetype nextName = 0;
        doc.rarities.reserve(doc.words.size());
        for (size_t k = 0; k < doc.words.size(); ++k) {
            const TextSpan original{doc.spans[k].first, doc.spans[k].second};
            while (nextName < mentioned.size() && mentioned.at(nextName).span.end <= original.start)
                ++nextName;
            const bool name =
                (nextName < mentioned.size() && mentioned.at(nextName).span.overlaps(original)) ||
                isTitle(doc.words[k]);
            doc.rarities.push_back(
                name ? 0.0f : rarityOf[size_t(std::min<qsizetype>(n, df.count(doc.words[k])))]);
        }
        Occurrence *slice = occurrences.data() + firstGram[size_t(a)];
        for (int i = 0; i + m_minWords <= int(doc.words.size()); ++i)
            slice[i] = {gramAt(doc, i), qint32(a), qint32(i)};
    };
    if (pool) {
        QList<qsizetype> rows(n);
        std::iota(rows.begin(), rows.end(), 0);
        QtConcurrent::blockingMap(pool, rows, prepare);
    } else {
        for (qsizetype a = 0; a < n; ++a)
            prepare(a);
    }
    if (cancel && cancel->load()) {
        m_runs.push_back({0, 0}); // links nothing; the caller discards the result
        return;
    }

    // Keep the grams that 2..m_maxDocs articles share: a gram of one article
    // links nothing and one of more is stock phrasing (never compared).
    std::sort(occurrences.begin(), occurrences.end());
    for (size_t k = 0; k < occurrences.size();) {
        size_t end = k + 1;
        qsizetype holders = 1;
        for (; end < occurrences.size() && occurrences[end].gram == occurrences[k].gram; ++end)
            holders += occurrences[end].doc != occurrences[end - 1].doc ? 1 : 0;
        if (holders >= 2 && holders <= m_maxDocs) {
            const qint32 run = qint32(m_runs.size());
            m_runs.push_back({occurrences[k].gram, qsizetype(m_holders.size())});
            for (size_t x = k; x < end; ++x) {
                const Occurrence &o = occurrences[x];
                if (x == k || o.doc != occurrences[x - 1].doc)
                    m_holders.push_back(o.doc);
                m_docs[size_t(o.doc)].grams.emplace_back(o.gram, o.start);
                m_docs[size_t(o.doc)].shared.emplace_back(o.start, run);
            }
        }
        k = end;
    }
    m_runs.push_back({0, qsizetype(m_holders.size())});
    std::vector<Occurrence>().swap(occurrences);
    for (Doc &doc : m_docs) {
        // grams came out sorted by gram; shared by gram too: put it in text order.
        std::sort(doc.shared.begin(), doc.shared.end());
        doc.grams.shrink_to_fit();
        doc.shared.shrink_to_fit();
    }
}

void ArticleLinker::keepRarestOthers(QList<SharedPassage> &passages, qsizetype maxOthers)
{
    QHash<qsizetype, double> rarity; // other article → the rarity of all it shares
    for (const SharedPassage &p : std::as_const(passages))
        rarity[p.other] += p.rarity;
    if (rarity.size() <= maxOthers)
        return;
    std::vector<std::pair<double, qsizetype>> others; // (-rarity, article): rarest first
    others.reserve(size_t(rarity.size()));
    for (auto it = rarity.cbegin(); it != rarity.cend(); ++it)
        others.emplace_back(-it.value(), it.key());
    std::nth_element(others.begin(), others.begin() + maxOthers, others.end());
    QSet<qsizetype> kept;
    for (qsizetype k = 0; k < maxOthers; ++k)
        kept.insert(others[size_t(k)].second);
    passages.removeIf([&kept](const SharedPassage &p) { return !kept.contains(p.other); });
}

size_t ArticleLinker::gramAt(const Doc &doc, int i) const
{
    size_t seed = 0;
    for (int k = 0; k < m_minWords; ++k)
        seed = qHashMulti(seed, doc.words[size_t(i + k)]);
    return seed;
}

QList<SharedPassage> ArticleLinker::passagesOf(qsizetype a,
                                               const std::function<bool(qsizetype)> &eligible,
                                               qsizetype maxOthers) const
{
    QList<SharedPassage> out;
    if (a < 0 || a >= qsizetype(m_docs.size()))
        return out;
    const Doc &doc = m_docs[size_t(a)];
    const Corpus::Article &article = *m_articles.at(a);
    const int words = int(doc.words.size());
    // For every other article, walk this one and take maximal equal runs.
    // cursor: other article → next position of a to examine. Every shared
    // position asks it for each holder, so it is a flat table per thread
    // (reset where touched), not a hash.
    struct Other
    {
        int cursor = 0;
        qint8 eligible = -1; // -1: not asked yet
    };
    thread_local std::vector<Other> table;
    thread_local std::vector<qint32> touched;
    if (table.size() < m_docs.size())
        table.resize(m_docs.size());
    const auto otherFor = [&](qint32 b) -> Other & {
        Other &o = table[size_t(b)];
        if (o.eligible < 0) {
            o.eligible = !eligible || eligible(b) ? 1 : 0;
            touched.push_back(b);
        }
        return o;
    };
    struct Reset // leaves the table clean for the next call, also on an early return
    {
        ~Reset()
        {
            for (const qint32 b : touched)
                table[size_t(b)] = Other();
            touched.clear();
        }
    } reset;
    for (const auto &[start, run] : doc.shared) {
        const int i = start;
        const size_t g = m_runs[size_t(run)].gram;
        for (qsizetype h = m_runs[size_t(run)].first; h < m_runs[size_t(run) + 1].first; ++h) {
            const qint32 b = m_holders[size_t(h)];
            if (b == a)
                continue;
            Other &o = otherFor(b);
            if (o.cursor > i || o.eligible == 0)
                continue;
            const Doc &other = m_docs[size_t(b)];
            const int otherWords = int(other.words.size());
            int bestLength = 0;
            auto at = std::lower_bound(other.grams.cbegin(), other.grams.cend(),
                                       std::pair<size_t, qint32>(g, -1));
            for (; at != other.grams.cend() && at->first == g; ++at) {
                const int j = at->second;
                int k = 0;
                while (i + k < words && j + k < otherWords &&
                       doc.words[size_t(i + k)] == other.words[size_t(j + k)])
                    ++k;
                bestLength = std::max(bestLength, k);
            }
            if (bestLength < m_minWords)
                continue;
            SharedPassage p;
            p.other = b;
            p.words = bestLength;
            for (int k = 0; k < bestLength; ++k)
                p.rarity += doc.rarities[size_t(i + k)];
            if (p.rarity < 1.0)
                continue; // names and titles only

            p.span = {doc.spans[size_t(i)].first, doc.spans[size_t(i + bestLength - 1)].second};
            out.append(p);
            o.cursor = i + bestLength;
        }
    }
    if (maxOthers >= 0)
        keepRarestOthers(out, maxOthers);
    for (SharedPassage &p : out) // copied only for what is kept
        p.surface = article.text.mid(p.span.start, p.span.length());
    std::stable_sort(out.begin(), out.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return x.words > y.words;
    });
    return out;
}

} // namespace Marsad::Time

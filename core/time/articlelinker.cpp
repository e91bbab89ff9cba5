#include "articlelinker.h"

#include "arabicfolder.h"
#include "chronology.h"

#include <QSet>

#include <vector>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

// Words that introduce a name: a run of names and titles is not a passage.
bool isTitle(const QString &folded)
{
    static const QSet<QString> titles{
        u"الرئيس"_s,   u"رئيس"_s,   u"وزير"_s,     u"وزيره"_s,   u"الوزير"_s, u"المتحدث"_s,
        u"المتحدثه"_s, u"باسم"_s,   u"السيد"_s,    u"الجنرال"_s, u"العقيد"_s, u"اللواء"_s,
        u"الخارجيه"_s, u"الدفاع"_s, u"وزاره"_s,    u"الوزراء"_s, u"رئيسه"_s,  u"الامين"_s,
        u"العام"_s,    u"مستشار"_s, u"المستشار"_s, u"سفير"_s,    u"السفير"_s, u"مساعد"_s};
    return titles.contains(folded);
}

} // namespace

ArticleLinker::ArticleLinker(const QList<Corpus::Article> &articles, int minWords,
                             const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel)
    : m_minWords(std::max(2, minWords))
{
    // Words are interned once, by a 64-bit hash of their folded text (no
    // string is copied); everything after works on ids, in flat arrays.
    QHash<quint64, int> ids;
    std::vector<int> df;         // id → articles holding it
    std::vector<qsizetype> last; // id → the last article that counted it
    std::vector<char> titles;    // id → a title word
    std::vector<std::vector<char>> names(articles.size()); // per doc and word: a name or title
    m_docs.resize(articles.size());
    m_articles.reserve(articles.size());
    std::vector<std::pair<size_t, qint32>> postings; // (gram, doc), one per gram a doc holds
    std::vector<size_t> scratch;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const Corpus::Article &article = articles.at(a);
        m_articles.append(&article);
        if (cancel && cancel->load())
            continue; // keeps indices aligned; links nothing
        Doc &doc = m_docs[a];
        std::vector<char> &isName = names[a];
        QList<Mention> mentioned =
            mentions && a < mentions->size() ? mentions->at(a) : QList<Mention>();
        std::sort(mentioned.begin(), mentioned.end(),
                  [](const Mention &x, const Mention &y) { return x.span.end < y.span.end; });
        qsizetype nextName = 0;
        const auto folded = ArabicFolder::fold(article.text);
        const QString &text = folded.text();
        // Letter and digit runs (cheaper than ICU's word breaks, and the
        // same on both sides of a comparison).
        for (const auto &[from, to] : Chronology::words(text)) {
            const auto span = folded.toOriginal(from, to);
            const TextSpan original{span.start, span.end};
            if (article.isBoilerplate(original))
                continue;
            while (nextName < mentioned.size() && mentioned.at(nextName).span.end <= original.start)
                ++nextName;
            const QStringView view = QStringView(text).sliced(from, to - from);
            const quint64 key = qHash(view, size_t(0x5bd1e995u));
            auto it = ids.constFind(key);
            int id;
            if (it == ids.cend()) {
                id = int(df.size());
                ids.insert(key, id);
                df.push_back(0);
                last.push_back(-1);
                titles.push_back(isTitle(view.toString()));
            } else {
                id = *it;
            }
            if (last[id] != a) {
                last[id] = a;
                ++df[id];
            }
            const bool name =
                (nextName < mentioned.size() && mentioned.at(nextName).span.overlaps(original)) ||
                titles[id];
            doc.words.push_back(id);
            doc.spans.emplace_back(qint32(original.start), qint32(original.end));
            isName.push_back(name);
        }
        scratch.clear();
        for (int i = 0; i + m_minWords <= int(doc.words.size()); ++i)
            scratch.push_back(gramAt(doc, i));
        std::sort(scratch.begin(), scratch.end());
        scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
        for (const size_t g : scratch)
            postings.emplace_back(g, qint32(a));
    }
    m_maxDocs = std::clamp<qsizetype>(qsizetype(m_docs.size()) / 2, 2, MaxSharingArticles);

    // Keep the grams that 2..m_maxDocs articles share: a gram of one article
    // links nothing and one of more is stock phrasing (never compared).
    std::sort(postings.begin(), postings.end());
    size_t kept = 0;
    size_t distinct = 0;
    for (size_t k = 0; k < postings.size();) {
        size_t end = k + 1;
        while (end < postings.size() && postings[end].first == postings[k].first)
            ++end;
        const size_t holders = end - k;
        if (holders >= 2 && qsizetype(holders) <= m_maxDocs) {
            for (size_t x = k; x < end; ++x)
                postings[kept++] = postings[x];
            ++distinct;
        }
        k = end;
    }
    postings.resize(kept);
    postings.shrink_to_fit();
    m_postings = std::move(postings);
    size_t words = 1;
    while (words * 64 < distinct * 16)
        words *= 2;
    m_shared.assign(words, 0);
    m_sharedMask = words - 1;
    for (const auto &[g, doc] : m_postings)
        m_shared[(g >> 6) & m_sharedMask] |= quint64(1) << (g & 63);

    // Rarity: min(1, ln(1 + N/df) / ln 9), so a word in at most an eighth of
    // the corpus counts fully; names and titles count nothing.
    const double n = double(m_docs.size());
    std::vector<float> rarity(df.size());
    for (size_t id = 0; id < df.size(); ++id)
        rarity[id] = float(std::min(1.0, std::log(1.0 + n / std::max(1, df[id])) / std::log(9.0)));
    for (size_t a = 0; a < m_docs.size(); ++a) {
        Doc &doc = m_docs[a];
        doc.rarities.reserve(doc.words.size());
        for (size_t k = 0; k < doc.words.size(); ++k)
            doc.rarities.push_back(names[a][k] ? 0.0f : rarity[doc.words[k]]);
        // Only the grams that some other article shares are looked up later.
        for (int i = 0; i + m_minWords <= int(doc.words.size()); ++i) {
            const size_t g = gramAt(doc, i);
            if (!mayShare(g))
                continue;
            const auto it = std::lower_bound(m_postings.cbegin(), m_postings.cend(),
                                             std::pair<size_t, qint32>(g, -1));
            if (it != m_postings.cend() && it->first == g)
                doc.grams.emplace_back(g, i);
        }
        std::sort(doc.grams.begin(), doc.grams.end());
        doc.grams.shrink_to_fit();
        std::vector<char>().swap(names[a]);
    }
}

size_t ArticleLinker::gramAt(const Doc &doc, int i) const
{
    size_t seed = 0;
    for (int k = 0; k < m_minWords; ++k)
        seed = qHashMulti(seed, doc.words[size_t(i + k)]);
    return seed;
}

QList<SharedPassage> ArticleLinker::passagesOf(qsizetype a,
                                               const std::function<bool(qsizetype)> &eligible) const
{
    QList<SharedPassage> out;
    if (a < 0 || a >= qsizetype(m_docs.size()))
        return out;
    const Doc &doc = m_docs[size_t(a)];
    const Corpus::Article &article = *m_articles.at(a);
    const int words = int(doc.words.size());
    // For every other article, walk this one and take maximal equal runs.
    // cursor: other article → next position of a to examine; the articles
    // met are few, so a short list searched linearly beats a hash.
    struct Other
    {
        qint32 doc;
        int cursor;
        bool eligible;
    };
    std::vector<Other> others;
    const auto otherFor = [&](qint32 b) -> Other & {
        for (Other &o : others) {
            if (o.doc == b)
                return o;
        }
        others.push_back({b, 0, !eligible || eligible(b)});
        return others.back();
    };
    for (int i = 0; i + m_minWords <= words; ++i) {
        const size_t g = gramAt(doc, i);
        if (!mayShare(g))
            continue;
        auto first = std::lower_bound(m_postings.cbegin(), m_postings.cend(),
                                      std::pair<size_t, qint32>(g, -1));
        for (auto posting = first; posting != m_postings.cend() && posting->first == g; ++posting) {
            const qint32 b = posting->second;
            if (b == a)
                continue;
            Other &o = otherFor(b);
            if (o.cursor > i || !o.eligible)
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
            p.surface = article.text.mid(p.span.start, p.span.length());
            out.append(p);
            o.cursor = i + bestLength;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return x.words > y.words;
    });
    return out;
}

} // namespace Marsad::Time

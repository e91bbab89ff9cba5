#include "articlelinker.h"

#include "arabicfolder.h"
#include "segmenter.h"

#include <QSet>

#include <algorithm>

using Marsad::Text::ArabicFolder;
using Marsad::Text::Segmenter;
using Marsad::Text::Token;

namespace Marsad::Time {

ArticleLinker::ArticleLinker(const QList<Corpus::Article> &articles, int minWords)
    : m_minWords(std::max(2, minWords))
{
    m_docs.reserve(articles.size());
    for (const Corpus::Article &article : articles) {
        m_articles.append(&article);
        Doc doc;
        const auto folded = ArabicFolder::fold(article.text);
        for (const Token &token : Segmenter::words(folded.text())) {
            const auto span = folded.toOriginal(token.start, token.end);
            const TextSpan original{span.start, span.end};
            if (article.isBoilerplate(original))
                continue;
            doc.words.append(folded.text().mid(token.start, token.length()));
            doc.spans.append(original);
        }
        QSet<size_t> seen;
        for (int i = 0; i + m_minWords <= doc.words.size(); ++i) {
            const size_t g = gramAt(doc, i);
            doc.grams[g].append(i);
            seen.insert(g);
        }
        const qsizetype index = m_docs.size();
        for (size_t g : seen)
            m_postings[g].append(index);
        m_docs.append(std::move(doc));
    }
    m_maxDocs = std::clamp<qsizetype>(m_docs.size() / 2, 2, MaxSharingArticles);
}

size_t ArticleLinker::gramAt(const Doc &doc, int i) const
{
    size_t seed = 0;
    for (int k = 0; k < m_minWords; ++k)
        seed = qHashMulti(seed, doc.words.at(i + k));
    return seed;
}

QList<SharedPassage> ArticleLinker::passagesOf(qsizetype a,
                                               const std::function<bool(qsizetype)> &eligible) const
{
    QList<SharedPassage> out;
    if (a < 0 || a >= m_docs.size())
        return out;
    const Doc &doc = m_docs.at(a);
    const Corpus::Article &article = *m_articles.at(a);
    // For every other article, walk this one and take maximal equal runs.
    QHash<qsizetype, int> cursor; // other article → next position of a to examine
    for (int i = 0; i + m_minWords <= doc.words.size(); ++i) {
        const size_t g = gramAt(doc, i);
        const auto posting = m_postings.constFind(g);
        if (posting == m_postings.cend() || posting->size() > m_maxDocs)
            continue;
        for (qsizetype b : *posting) {
            if (b == a || cursor.value(b, 0) > i || (eligible && !eligible(b)))
                continue;
            const Doc &other = m_docs.at(b);
            int bestLength = 0;
            for (int j : other.grams.value(g)) {
                int k = 0;
                while (i + k < doc.words.size() && j + k < other.words.size() &&
                       doc.words.at(i + k) == other.words.at(j + k))
                    ++k;
                bestLength = std::max(bestLength, k);
            }
            if (bestLength < m_minWords)
                continue;
            SharedPassage p;
            p.other = b;
            p.words = bestLength;
            p.span = {doc.spans.at(i).start, doc.spans.at(i + bestLength - 1).end};
            p.surface = article.text.mid(p.span.start, p.span.length());
            out.append(p);
            cursor.insert(b, i + bestLength);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return x.words > y.words;
    });
    return out;
}

} // namespace Marsad::Time

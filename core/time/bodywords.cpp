#include "bodywords.h"

#include "chronology.h"
#include "wordkeys.h"

#include <algorithm>

namespace Marsad::Time {

quint64 BodyWords::hashOf(QStringView foldedWord)
{
    return Text::wordKey(foldedWord); // cheaper than qHash's string hash, per word of the corpus
}

BodyWords BodyWords::of(const Corpus::Article &article)
{
    return of(article, Text::ArabicFolder::fold(article.text));
}

BodyWords BodyWords::of(const Corpus::Article &article, const Text::FoldedText &folded)
{
    BodyWords out;
    const QString &text = folded.text();
    // Letter and digit runs (cheaper than ICU's word breaks, and the same on
    // both sides of every comparison).
    for (const auto &[from, to] : Chronology::words(text)) {
        const auto span = folded.toOriginal(from, to);
        if (!article.boilerplate.isEmpty() && article.isBoilerplate({span.start, span.end}))
            continue;
        out.hashes.push_back(hashOf(QStringView(text).sliced(from, to - from)));
        out.spans.emplace_back(qint32(span.start), qint32(span.end));
    }
    return out;
}

DocumentFrequency::DocumentFrequency(const std::vector<BodyWords> &documents)
    : m_documents(qsizetype(documents.size()))
{
    // Each document's distinct words, then one sort of them all: runs are counts.
    std::vector<quint64> all;
    std::vector<quint64> distinct;
    for (const BodyWords &doc : documents) {
        distinct.assign(doc.hashes.cbegin(), doc.hashes.cend());
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        all.insert(all.end(), distinct.cbegin(), distinct.cend());
    }
    std::sort(all.begin(), all.end());
    for (size_t k = 0; k < all.size();) {
        size_t end = k + 1;
        while (end < all.size() && all[end] == all[k])
            ++end;
        m_counts.emplace_back(all[k], int(end - k));
        k = end;
    }
}

int DocumentFrequency::count(quint64 wordHash) const
{
    const auto it =
        std::lower_bound(m_counts.cbegin(), m_counts.cend(), std::pair<quint64, int>(wordHash, 0));
    return it != m_counts.cend() && it->first == wordHash ? it->second : 0;
}

} // namespace Marsad::Time

// An article's body words, folded once and kept as 64-bit hashes: what the
// corpus passes of the time module (document frequency, taught events,
// linking) share instead of folding and splitting every article again.
#pragma once

#include "arabicfolder.h"
#include "article.h"

#include <QStringView>

#include <utility>
#include <vector>

namespace Marsad::Time {

/// The words of an article's body (boilerplate lines left out), in text order.
struct BodyWords
{
    std::vector<quint64> hashes;                  ///< hashOf() each folded word.
    std::vector<std::pair<qint32, qint32>> spans; ///< Each word's span in the original text.

    /// Letter and digit runs of \a folded (the article's text, folded).
    static BodyWords of(const Corpus::Article &article, const Text::FoldedText &folded);
    static BodyWords of(const Corpus::Article &article);
    /// The hash every pass compares words by (process-local, never stored).
    static quint64 hashOf(QStringView foldedWord);
};

/// How many articles' bodies hold each word. Built in O(W log W) over the
/// corpus's W words; a count is a binary search.
class DocumentFrequency final
{
public:
    DocumentFrequency() = default;
    explicit DocumentFrequency(const std::vector<BodyWords> &documents);

    int count(quint64 wordHash) const;
    qsizetype documents() const { return m_documents; }

private:
    std::vector<std::pair<quint64, int>> m_counts; ///< Sorted by hash.
    qsizetype m_documents = 0;
};

} // namespace Marsad::Time

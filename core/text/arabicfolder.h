// Folds Arabic text for matching, remembering where every folded character
// came from (DESIGN.md §3: offsets are sacred).
//
// Matching runs on the folded form; highlighting runs on the original. Folding:
// NFKC for compatibility characters (presentation forms: the lam-alef ligature
// U+FEFB becomes two letters), tashkeel, tatweel and invisible format marks
// removed, أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, Persian/Urdu letter
// forms to their Arabic counterparts, Eastern-Arabic and Persian digits → 0-9,
// curly quotes and guillemets → " and ', Latin letters lower-cased. Arabic
// punctuation (، ؛ ؟) stays punctuation.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Marsad::Text {

/// A folded string and the map back to the original text.
class FoldedText final
{
public:
    FoldedText() = default;

    const QString &text() const { return m_folded; }
    qsizetype size() const { return m_folded.size(); }
    qsizetype originalSize() const { return m_originalSize; }

    /// Original offset where folded character \a pos starts (pos may equal size()).
    qsizetype originalStart(qsizetype pos) const;
    /// Original offset just past the source of the folded range ending before
    /// \a end (exclusive). Characters removed by folding right after it (a
    /// letter's tashkeel) belong to it, so highlighting keeps them.
    qsizetype originalEnd(qsizetype end) const;

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    /// The original span of the folded range [start, end).
    Span toOriginal(qsizetype start, qsizetype end) const;

private:
    friend class ArabicFolder;
    QString m_folded;
    // m_starts[i]: original offset of folded character i; one extra entry holds
    // the original size. 32-bit: files are capped well below 2 GiB.
    QList<qint32> m_starts;
    qsizetype m_originalSize = 0;
};

class ArabicFolder final
{
public:
    /// Folds \a text. Thread-safe; no state between calls.
    static FoldedText fold(QStringView text);

    /// Folds without keeping the offset map (queries, gazetteer aliases).
    static QString foldString(QStringView text);

    /// True for characters folding removes: tashkeel, tatweel, format marks.
    static bool isIgnorable(char32_t c);
};

} // namespace Marsad::Text

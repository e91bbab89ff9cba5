// Sentence and word boundaries from ICU's BreakIterator (Arabic locale).
//
// Works on any QString (the original or a folded text) and returns offsets
// into it; map folded offsets back with FoldedText.
#pragma once

#include <QList>
#include <QStringView>

namespace Marsad::Text {

struct Segment
{
    qsizetype start = 0;
    qsizetype end = 0; ///< Exclusive.
    qsizetype length() const { return end - start; }
};

struct Token : Segment
{
    enum class Kind
    {
        Word,
        Number,
        Punctuation
    };
    Kind kind = Kind::Word;
};

class Segmenter final
{
public:
    /// Words and numbers (and, with \a withPunctuation, punctuation marks) in
    /// order. Whitespace is never a token.
    static QList<Token> words(QStringView text, bool withPunctuation = false);

    /// The same as words(), with ICU run over the whole text. words() takes a
    /// shortcut for plain chunks; this is its reference in tests.
    static QList<Token> wordsIcu(QStringView text, bool withPunctuation = false);

    /// Sentences: ICU's rules plus a hard break at every line break, as news
    /// text puts one sentence or heading per line. Spans exclude the trailing
    /// whitespace.
    static QList<Segment> sentences(QStringView text);
};

} // namespace Marsad::Text

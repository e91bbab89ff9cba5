#include "segmenter.h"

#include <QChar>

#include <unicode/ubrk.h>

#include <memory>

namespace Marsad::Text {
namespace {

struct BreakDeleter
{
    void operator()(UBreakIterator *b) const { ubrk_close(b); }
};
using BreakIterator = std::unique_ptr<UBreakIterator, BreakDeleter>;

// Opening a break iterator loads rules; clone one prototype per type instead
// (ubrk_clone is the documented way to share one across threads).
BreakIterator openIterator(UBreakIteratorType type, QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    static thread_local BreakIterator wordProto(ubrk_open(UBRK_WORD, "ar", nullptr, 0, &status));
    static thread_local BreakIterator sentenceProto(
        ubrk_open(UBRK_SENTENCE, "ar", nullptr, 0, &status));
    UBreakIterator *proto = type == UBRK_WORD ? wordProto.get() : sentenceProto.get();
    if (!proto)
        return nullptr;
    status = U_ZERO_ERROR;
    BreakIterator it(ubrk_clone(proto, &status));
    if (U_FAILURE(status) || !it)
        return nullptr;
    ubrk_setText(it.get(), reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                 &status);
    return U_SUCCESS(status) ? std::move(it) : nullptr;
}

bool isAllSpace(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

void appendTrimmed(QStringView line, qsizetype offset, qsizetype s, qsizetype e,
                   QList<Segment> &out)
{
    while (s < e && line[s].isSpace())
        ++s;
    while (e > s && line[e - 1].isSpace())
        --e;
    if (e > s)
        out.append({offset + s, offset + e});
}

void appendSentences(QStringView line, qsizetype offset, QList<Segment> &out)
{
    BreakIterator it = openIterator(UBRK_SENTENCE, line);
    if (!it) {
        appendTrimmed(line, offset, 0, line.size(), out);
        return;
    }
    int32_t start = ubrk_first(it.get());
    for (int32_t end = ubrk_next(it.get()); end != UBRK_DONE;
         start = end, end = ubrk_next(it.get()))
        appendTrimmed(line, offset, start, end, out);
}

} // namespace

QList<Token> Segmenter::words(QStringView text, bool withPunctuation)
{
    QList<Token> tokens;
    BreakIterator it = openIterator(UBRK_WORD, text);
    if (!it)
        return tokens;
    int32_t start = ubrk_first(it.get());
    for (int32_t end = ubrk_next(it.get()); end != UBRK_DONE;
         start = end, end = ubrk_next(it.get())) {
        const int32_t status = ubrk_getRuleStatus(it.get());
        Token token;
        token.start = start;
        token.end = end;
        if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
            token.kind = Token::Kind::Number;
        } else if (status >= UBRK_WORD_LETTER) {
            token.kind = Token::Kind::Word;
        } else {
            // UBRK_WORD_NONE: spaces and punctuation.
            if (!withPunctuation || isAllSpace(text.sliced(start, end - start)))
                continue;
            token.kind = Token::Kind::Punctuation;
        }
        tokens.append(token);
    }
    return tokens;
}

QList<Segment> Segmenter::sentences(QStringView text)
{
    QList<Segment> result;
    // Lines first: a line break always ends a sentence in news text.
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < text.size() && text[lineEnd] != u'\n' && text[lineEnd] != u'\r' &&
               text[lineEnd] != QChar::ParagraphSeparator && text[lineEnd] != QChar::LineSeparator)
            ++lineEnd;
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (!isAllSpace(line))
            appendSentences(line, lineStart, result);
        lineStart = lineEnd + 1;
    }
    return result;
}

} // namespace Marsad::Text

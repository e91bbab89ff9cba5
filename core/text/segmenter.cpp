#include "segmenter.h"

#include <QChar>

#include <unicode/ubrk.h>

#include <algorithm>
#include <array>
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
BreakIterator cloneIterator(UBreakIteratorType type)
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
    return U_SUCCESS(status) ? std::move(it) : nullptr;
}

bool setText(UBreakIterator *it, QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    return U_SUCCESS(status);
}

BreakIterator openIterator(UBreakIteratorType type, QStringView text)
{
    BreakIterator it = cloneIterator(type);
    return it && setText(it.get(), text) ? std::move(it) : nullptr;
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

// Collects tokens. QList::append is an out-of-line call per token (a fifth
// of words()' time); this writes into a list sized ahead, doubled when full.
class TokenWriter
{
public:
    explicit TokenWriter(qsizetype expected)
    {
        m_tokens.resize(std::max<qsizetype>(expected, 16));
        m_data = m_tokens.data();
    }

    void append(qsizetype start, qsizetype end, Token::Kind kind)
    {
        if (m_count == m_tokens.size()) {
            m_tokens.resize(m_count * 2);
            m_data = m_tokens.data();
        }
        Token &token = m_data[m_count++];
        token.start = start;
        token.end = end;
        token.kind = kind;
    }

    QList<Token> take()
    {
        m_tokens.resize(m_count);
        return std::move(m_tokens);
    }

private:
    QList<Token> m_tokens;
    Token *m_data = nullptr;
    qsizetype m_count = 0;
};

// ICU's word boundaries over \a text (already set on \a it), as tokens
// shifted by \a offset.
void appendIcuWords(UBreakIterator *it, QStringView text, qsizetype offset, bool withPunctuation,
                    TokenWriter &tokens)
{
    int32_t start = ubrk_first(it);
    for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        const int32_t status = ubrk_getRuleStatus(it);
        Token::Kind kind = Token::Kind::Word;
        if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
            kind = Token::Kind::Number;
        } else if (status >= UBRK_WORD_LETTER) {
            kind = Token::Kind::Word;
        } else {
            // UBRK_WORD_NONE: spaces and punctuation.
            if (!withPunctuation || isAllSpace(text.sliced(start, end - start)))
                continue;
            kind = Token::Kind::Punctuation;
        }
        tokens.append(offset + start, offset + end, kind);
    }
}

// The shortcut in words(): characters whose word boundaries (UAX #29, as ICU
// 72 implements it) need no context inside a plain chunk. Anything else is
// Other and sends its chunk to ICU.
enum class CharClass : quint8
{
    Other,
    Space,  ///< U+0020, tab, CR, LF: no rule joins them to a non-space.
    Letter, ///< ALetter: basic Arabic letters and ASCII letters.
    Digit,  ///< Numeric: ASCII, Arabic-Indic and Extended Arabic-Indic digits.
    Mark,   ///< Punctuation that is its own segment unless between letters or digits.
};

constexpr CharClass classOf(char16_t c)
{
    if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
        return CharClass::Space;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0x0621 && c <= 0x063A) ||
        (c >= 0x0641 && c <= 0x064A))
        return CharClass::Letter;
    if ((c >= u'0' && c <= u'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9))
        return CharClass::Digit;
    switch (c) {
    case u'.':
    case u',':
    case u':':
    case u';':
    case u'\'':
    case u'"':
    case u'-':
    case u'/':
    case u'!':
    case u'?':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'%':
    case 0x060C: // ،
    case 0x061B: // ؛
    case 0x061F: // ؟
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x066A: // ٪
        return CharClass::Mark;
    default:
        return CharClass::Other;
    }
}

// classOf() for the characters it names (all below U+0700), looked up.
constexpr qsizetype ClassTableSize = 0x0700;
constexpr std::array<CharClass, ClassTableSize> ClassTable = [] {
    std::array<CharClass, ClassTableSize> table{};
    for (qsizetype c = 0; c < ClassTableSize; ++c)
        table[std::size_t(c)] = classOf(char16_t(c));
    return table;
}();

inline CharClass lookUp(char16_t c)
{
    return c < ClassTableSize ? ClassTable[c] : CharClass::Other;
}

// A chunk of non-space characters between Space characters (or the text's
// ends). It needs no ICU when plain: marks, at most one run of letters or of
// digits, then marks. No UAX #29 rule joins a mark to a neighbour unless
// letters or digits stand on both sides, nor anything to a Space. ICU joins
// a letter to a digit, with a rule status that depends on the order: such
// chunks are not plain.
struct Chunk
{
    qsizetype end = 0;
    bool plain = false;
    qsizetype runStart = 0; ///< The letters or digits, if any.
    qsizetype runEnd = 0;
    Token::Kind kind = Token::Kind::Word;
};

// The chunk starting at \a i (a non-space) in one pass.
Chunk scanChunk(const char16_t *p, qsizetype i, qsizetype n)
{
    Chunk chunk;
    CharClass c = CharClass::Space;
    while (i < n && (c = lookUp(p[i])) == CharClass::Mark)
        ++i;
    chunk.runStart = i;
    if (i < n && (c == CharClass::Letter || c == CharClass::Digit)) {
        const CharClass run = c;
        chunk.kind = run == CharClass::Digit ? Token::Kind::Number : Token::Kind::Word;
        while (++i < n && (c = lookUp(p[i])) == run) {
        }
    }
    chunk.runEnd = i;
    while (i < n && (c = lookUp(p[i])) == CharClass::Mark)
        ++i;
    chunk.plain = i == n || c == CharClass::Space;
    while (i < n && lookUp(p[i]) != CharClass::Space)
        ++i;
    chunk.end = i;
    return chunk;
}

void appendPlainChunk(const Chunk &chunk, qsizetype start, bool withPunctuation,
                      TokenWriter &tokens)
{
    // Every mark is a segment of its own.
    const auto appendMarks = [&](qsizetype from, qsizetype to) {
        if (withPunctuation) {
            for (qsizetype i = from; i < to; ++i)
                tokens.append(i, i + 1, Token::Kind::Punctuation);
        }
    };
    appendMarks(start, chunk.runStart);
    if (chunk.runEnd > chunk.runStart)
        tokens.append(chunk.runStart, chunk.runEnd, chunk.kind);
    appendMarks(chunk.runEnd, chunk.end);
}

} // namespace

QList<Token> Segmenter::wordsIcu(QStringView text, bool withPunctuation)
{
    TokenWriter tokens(0);
    if (BreakIterator it = openIterator(UBRK_WORD, text))
        appendIcuWords(it.get(), text, 0, withPunctuation, tokens);
    return tokens.take();
}

// ICU costs most of the entity stage, and most chunks of news text are plain
// words. Other chunks go to ICU in regions that begin and end with the whole
// whitespace runs around them (or the text's ends): ICU's rules join spaces
// to each other and to following Extend/Format characters, so a break at a
// run's start, and one at its end before a plain chunk, are certain.
QList<Token> Segmenter::words(QStringView text, bool withPunctuation)
{
    const qsizetype n = text.size();
    // News text has a token per six characters or so.
    TokenWriter tokens(n / 5);
    BreakIterator it; // Cloned on first use.
    bool icuFailed = false;
    qsizetype regionStart = -1; // The pending ICU region, or -1.
    qsizetype regionEnd = -1;
    const auto flushRegion = [&] {
        if (regionStart < 0)
            return;
        if (!it && !icuFailed) {
            it = cloneIterator(UBRK_WORD);
            icuFailed = !it;
        }
        const QStringView region = text.sliced(regionStart, regionEnd - regionStart);
        if (it && setText(it.get(), region))
            appendIcuWords(it.get(), region, regionStart, withPunctuation, tokens);
        regionStart = regionEnd = -1;
    };
    const char16_t *p = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype spaceStart = i;
        while (i < n && lookUp(p[i]) == CharClass::Space)
            ++i;
        if (regionStart >= 0)
            regionEnd = i; // A region takes the whole whitespace run after it.
        if (i == n)
            break;
        const qsizetype chunkStart = i;
        const Chunk chunk = scanChunk(p, i, n);
        i = chunk.end;
        if (chunk.plain) {
            flushRegion();
            appendPlainChunk(chunk, chunkStart, withPunctuation, tokens);
            continue;
        }
        // A region starts at the whitespace run before its first chunk and
        // takes in the following ones up to the next plain chunk.
        if (regionStart < 0)
            regionStart = spaceStart;
        regionEnd = i;
    }
    flushRegion();
    return tokens.take();
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

#include "arabicfolder.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace Marsad::Text {
namespace {

const icu::Normalizer2 *nfkcInstance()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// The 1:1 foldings of DESIGN.md §3 (and a few more of the same kind); 0 when
// the character is not one of them.
char32_t foldLetter(char32_t c)
{
    if (c < 0x80) {
        if (c >= U'A' && c <= U'Z')
            return c + 32;
        return 0;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
        if (c >= 0x0660 && c <= 0x0669) // Eastern-Arabic digits
            return U'0' + (c - 0x0660);
        if (c >= 0x06F0 && c <= 0x06F9) // Persian digits
            return U'0' + (c - 0x06F0);
        switch (c) {
        case 0x0622: // آ
        case 0x0623: // أ
        case 0x0625: // إ
        case 0x0671: // ٱ
        case 0x0672:
        case 0x0673:
            return 0x0627; // ا
        case 0x0629:       // ة
        case 0x06C0:       // ۀ
        case 0x06C1:       // ہ
        case 0x06D5:       // ە
            return 0x0647; // ه
        case 0x0649:       // ى
        case 0x0626:       // ئ
        case 0x06CC:       // ی (Persian yeh)
        case 0x06D2:       // ے
            return 0x064A; // ي
        case 0x0624:       // ؤ
            return 0x0648; // و
        case 0x06A9:       // ک (keheh)
        case 0x06AA:
        case 0x06AF:       // گ (gaf)
            return 0x0643; // ك
        case 0x06A4:       // ڤ (veh)
            return 0x0641; // ف
        case 0x06A8:       // ڨ
            return 0x0642; // ق
        case 0x066A:
            return U'%';
        case 0x066B: // Arabic decimal separator
            return U'.';
        case 0x066C: // Arabic thousands separator
            return U',';
        }
        return 0;
    }
    switch (c) {
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F:
    case 0x2033:
    case 0x301D:
    case 0x301E:
        return U'"';
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2039: // ‹
    case 0x203A: // ›
        return U'\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015:
    case 0x2212:
        return U'-';
    }
    return 0;
}

// Appends the folded form of one code point via \a emit(char32_t).
template<typename Emit>
void foldCodePoint(char32_t c, Emit &&emit)
{
    if (ArabicFolder::isIgnorable(c))
        return;
    if (const char32_t f = foldLetter(c)) {
        emit(f);
        return;
    }
    if (c < 0xA0 || (c >= 0x0600 && c <= 0x06FF)) {
        emit(c);
        return;
    }
    // Compatibility characters (presentation forms, full-width digits, NBSP,
    // ligatures) go through NFKC; each resulting code point is folded again.
    const icu::Normalizer2 *nfkc = nfkcInstance();
    if (nfkc && !nfkc->isInert(UChar32(c))) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString normalized =
            nfkc->normalize(icu::UnicodeString(UChar32(c)), status);
        if (U_SUCCESS(status) && normalized != icu::UnicodeString(UChar32(c))) {
            for (int32_t k = 0; k < normalized.length();) {
                const UChar32 d = normalized.char32At(k);
                k += U16_LENGTH(d);
                if (ArabicFolder::isIgnorable(char32_t(d)))
                    continue;
                const char32_t fd = foldLetter(char32_t(d));
                emit(fd ? fd : char32_t(u_tolower(d)));
            }
            return;
        }
    }
    emit(char32_t(u_tolower(UChar32(c))));
}

// What foldCodePoint does to each BMP character, worked out once: the folded
// character, or one of two markers (surrogate values, which no folding
// produces): dropped, or needs foldCodePoint itself (NFKC may expand it).
constexpr char16_t kDropped = 0xD800;
constexpr char16_t kSlow = 0xD801;

const std::array<char16_t, 0x10000> &foldTable()
{
    static const auto table = [] {
        auto t = std::make_unique<std::array<char16_t, 0x10000>>();
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c)) {
                (*t)[c] = kSlow;
                continue;
            }
            char32_t out[4];
            int count = 0;
            foldCodePoint(c, [&](char32_t f) {
                if (count < 4)
                    out[count] = f;
                ++count;
            });
            (*t)[c] =
                count == 0 ? kDropped
                : count == 1 && !QChar::requiresSurrogates(out[0]) && !QChar::isSurrogate(out[0])
                    ? char16_t(out[0])
                    : kSlow;
        }
        return t;
    }();
    return *table;
}

template<typename Emit>
void foldText(QStringView text, Emit &&emit)
{
    const auto &table = foldTable();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = text[i].unicode();
        if (const char16_t f = table[c]; f != kSlow) {
            if (f != kDropped)
                emit(char32_t(f), i);
            ++i;
            continue;
        }
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            len = 2;
        }
        foldCodePoint(c, [&](char32_t f) { emit(f, i); });
        i += len;
    }
}

void appendCodePoint(QString &s, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        s.append(QChar(QChar::highSurrogate(c)));
        s.append(QChar(QChar::lowSurrogate(c)));
    } else {
        s.append(QChar(char16_t(c)));
    }
}

} // namespace

bool ArabicFolder::isIgnorable(char32_t c)
{
    if (c < 0x00AD)
        return false;
    return c == 0x00AD                     // soft hyphen
           || (c >= 0x0610 && c <= 0x061A) // Quranic annotation signs
           || c == 0x061C                  // Arabic letter mark
           || c == 0x0640                  // tatweel
           || (c >= 0x064B && c <= 0x065F) // tashkeel
           || c == 0x0670                  // superscript alef
           || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 ||
           c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED) ||
           (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2) // Arabic Extended-A marks
           || (c >= 0x200B && c <= 0x200F)             // zero-width space/joiners, LRM, RLM
           || (c >= 0x202A && c <= 0x202E)             // bidi embeddings
           || (c >= 0x2066 && c <= 0x2069)             // bidi isolates
           || c == 0xFEFF;                             // BOM / zero-width no-break space
}

FoldedText ArabicFolder::fold(QStringView text)
{
    FoldedText out;
    out.m_originalSize = text.size();
    // Written through raw pointers into buffers sized for the text (folding
    // rarely grows it; when NFKC does, they grow): this runs on every article.
    out.m_folded.resize(text.size());
    out.m_starts.resize(text.size() + 1);
    char16_t *folded = reinterpret_cast<char16_t *>(out.m_folded.data());
    qint32 *starts = out.m_starts.data();
    qsizetype length = 0;
    const auto put = [&](char16_t u, qsizetype origin) {
        if (length == out.m_folded.size()) {
            out.m_folded.resize(2 * length + 8);
            out.m_starts.resize(2 * length + 9);
            folded = reinterpret_cast<char16_t *>(out.m_folded.data());
            starts = out.m_starts.data();
        }
        folded[length] = u;
        starts[length] = qint32(origin);
        ++length;
    };
    foldText(text, [&](char32_t c, qsizetype origin) {
        if (QChar::requiresSurrogates(c)) {
            put(QChar::highSurrogate(c), origin);
            put(QChar::lowSurrogate(c), origin);
        } else {
            put(char16_t(c), origin);
        }
    });
    out.m_folded.resize(length);
    out.m_starts.resize(length + 1);
    out.m_starts[length] = qint32(text.size());
    return out;
}

QString ArabicFolder::foldString(QStringView text)
{
    QString out;
    out.reserve(text.size());
    foldText(text, [&](char32_t c, qsizetype) { appendCodePoint(out, c); });
    return out;
}

qsizetype FoldedText::originalStart(qsizetype pos) const
{
    Q_ASSERT(pos >= 0 && pos <= size());
    return m_starts.isEmpty() ? 0 : m_starts.at(pos);
}

qsizetype FoldedText::originalEnd(qsizetype end) const
{
    Q_ASSERT(end >= 0 && end <= size());
    if (end == 0)
        return originalStart(0);
    const qint32 lastStart = m_starts.at(end - 1);
    // The next folded character that comes from a later original position
    // marks the end; an NFKC expansion shares its start with its siblings.
    for (qsizetype j = end; j < m_starts.size(); ++j) {
        if (m_starts.at(j) > lastStart)
            return m_starts.at(j);
    }
    return m_originalSize;
}

FoldedText::Span FoldedText::toOriginal(qsizetype start, qsizetype end) const
{
    if (start >= end)
        return {originalStart(start), originalStart(start)};
    return {originalStart(start), originalEnd(end)};
}

} // namespace Marsad::Text

#include "textdecoder.h"

#include "logging.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Marsad::Text {
namespace {

struct Utf8Scan
{
    qsizetype validMultiByte = 0; ///< Well-formed sequences of 2-4 bytes.
    qsizetype invalid = 0;        ///< Ill-formed sequences (each replaced once).
    qsizetype firstInvalid = -1;  ///< Byte offset of the first one.
};

// A strict UTF-8 scan (no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(std::string_view bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = qsizetype(bytes.size());
    qsizetype i = 0;
    auto isCont = [&](qsizetype k) {
        return k < n && (p[k] & 0xC0) == 0x80;
    };
    while (i < n) {
        const unsigned char c = p[i];
        qsizetype len = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            len = isCont(i + 1) ? 2 : 0;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
            const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
            len = (i + 1 < n && p[i + 1] >= lo && p[i + 1] <= hi && isCont(i + 2)) ? 3 : 0;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
            len = (i + 1 < n && p[i + 1] >= lo && p[i + 1] <= hi && isCont(i + 2) && isCont(i + 3))
                      ? 4
                      : 0;
        }
        if (len) {
            ++scan.validMultiByte;
            i += len;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

// Well-known binary signatures, so the error can say what the file is.
QString binarySignature(const QByteArray &bytes)
{
    struct Magic
    {
        std::string_view prefix;
        const char *name;
    };
    static constexpr std::array magics{
        Magic{"\x89PNG", "PNG image"},
        Magic{"\xFF\xD8\xFF", "JPEG image"},
        Magic{"GIF8", "GIF image"},
        Magic{"%PDF", "PDF document"},
        Magic{"PK\x03\x04", "ZIP archive"},
        Magic{"\x7F"
              "ELF",
              "executable"},
        Magic{"\x1F\x8B", "gzip archive"},
        Magic{"SQLite format 3", "SQLite database"},
    };
    const std::string_view head(bytes.constData(), size_t(bytes.size()));
    for (const auto &m : magics) {
        if (head.starts_with(m.prefix))
            return QString::fromLatin1(m.name);
    }
    return {};
}

// Binary data is full of C0 control bytes that text never has (all but
// tab/newline/CR/FF/VT/ESC). A text file with the odd stray NUL stays text: it
// takes several such bytes and a share above 2% to call a file binary.
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    const double ratio = double(controls) / double(std::max<qsizetype>(1, bytes.size()));
    return (controls > 8 && ratio > 0.02) || ratio > 0.3;
}

// UTF-16 without BOM shows up as NUL bytes in every other position (ASCII) or
// as a constant high byte (Arabic block 0x06xx). Returns the QStringConverter
// encoding, or nullopt.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0, arabicEven = 0, arabicOdd = 0;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 16);
    for (qsizetype i = 0; i + 1 < sample; i += 2) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        zeroEven += a == 0;
        zeroOdd += b == 0;
        arabicEven += a == 0x06;
        arabicOdd += b == 0x06;
    }
    const qsizetype units = sample / 2;
    const qsizetype le = zeroOdd + arabicOdd, be = zeroEven + arabicEven;
    if (le > units * 7 / 10 && zeroEven < units / 10)
        return QStringConverter::Utf16LE;
    if (be > units * 7 / 10 && zeroOdd < units / 10)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

struct IcuDetectorDeleter
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct IcuConverterDeleter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

// Asks ICU which legacy charset the bytes are in. Prefers an Arabic code page
// when ICU offers one among its matches: this is an Arabic news reader.
QString detectLegacyCharset(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, IcuDetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || count == 0)
        return {};
    QString best;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &s));
        const QString lang = QString::fromLatin1(ucsdet_getLanguage(matches[i], &s));
        if (U_FAILURE(s) || name.startsWith(u"UTF"_s))
            continue;
        if (lang == u"ar"_s)
            return name;
        if (best.isEmpty())
            best = name;
    }
    return best;
}

std::optional<QString> convertWithIcu(const QByteArray &bytes, const QString &charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, IcuConverterDeleter> conv(
        ucnv_open(charset.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return std::nullopt;
    // A single-byte code page never yields more UTF-16 units than bytes.
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t len =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(len);
    return out;
}

DecodedText decodeUnicode(const QByteArray &bytes, QStringConverter::Encoding encoding,
                          const QString &name, const QString &fileName)
{
    DecodedText result;
    result.encoding = name;
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.issues.append(Issue::warning(
            fileName, TextDecoder::tr("invalid %1 sequences replaced with U+FFFD").arg(name)));
    }
    return result;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.encoding = u"UTF-8"_s;
        result.issues.append(Issue::warning(fileName, tr("the file is empty")));
        return result;
    }

    // 1. A byte order mark decides.
    const std::string_view head(bytes.constData(), size_t(bytes.size()));
    if (head.starts_with("\xEF\xBB\xBF")) {
        result = decodeUnicode(bytes.mid(3), QStringConverter::Utf8, u"UTF-8"_s, fileName);
    } else if (head.starts_with(std::string_view("\xFF\xFE\0\0", 4))) {
        result = decodeUnicode(bytes.mid(4), QStringConverter::Utf32LE, u"UTF-32LE"_s, fileName);
    } else if (head.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
        result = decodeUnicode(bytes.mid(4), QStringConverter::Utf32BE, u"UTF-32BE"_s, fileName);
    } else if (head.starts_with("\xFF\xFE")) {
        result = decodeUnicode(bytes.mid(2), QStringConverter::Utf16LE, u"UTF-16LE"_s, fileName);
    } else if (head.starts_with("\xFE\xFF")) {
        result = decodeUnicode(bytes.mid(2), QStringConverter::Utf16BE, u"UTF-16BE"_s, fileName);
    } else if (const auto utf16 = guessBomlessUtf16(bytes)) {
        const bool le = *utf16 == QStringConverter::Utf16LE;
        result = decodeUnicode(bytes, *utf16, le ? u"UTF-16LE"_s : u"UTF-16BE"_s, fileName);
    } else {
        // 2. No BOM: refuse binaries, then UTF-8, then a legacy code page.
        if (const QString kind = binarySignature(bytes); !kind.isEmpty()) {
            result.issues.append(
                Issue::error(fileName, tr("not a text file (looks like a %1)").arg(kind)));
            return result;
        }
        if (looksBinary(bytes)) {
            result.issues.append(Issue::error(
                fileName, tr("not a text file (binary data: too many control bytes)")));
            return result;
        }
        const Utf8Scan scan = scanUtf8(head);
        // Mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, not a
        // legacy code page: repair in place rather than re-interpret it all.
        if (scan.invalid == 0 || scan.validMultiByte >= 10 * scan.invalid) {
            result.encoding = u"UTF-8"_s;
            result.text = QString::fromUtf8(bytes);
            if (scan.invalid) {
                result.issues.append(Issue::warning(
                    fileName, tr("%n invalid UTF-8 sequence(s) replaced with U+FFFD (first at "
                                 "byte %1)",
                                 nullptr, int(scan.invalid))
                                  .arg(scan.firstInvalid)));
            }
        } else {
            QString charset = detectLegacyCharset(bytes);
            if (charset.isEmpty())
                charset = u"windows-1256"_s;
            const auto converted = convertWithIcu(bytes, charset);
            if (!converted) {
                result.issues.append(Issue::error(
                    fileName, tr("cannot decode the file (guessed encoding %1)").arg(charset)));
                return result;
            }
            result.encoding = charset;
            result.text = *converted;
            qCDebug(lcText) << fileName << "decoded as" << charset;
        }
    }
    result.issues.append(repairCharacters(result.text, fileName));
    return result;
}

Issues TextDecoder::repairCharacters(QString &t, const QString &fileName)
{
    Issues issues;
    qsizetype loneSurrogates = 0, nuls = 0, firstLone = -1, firstNul = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isHighSurrogate() && i + 1 < t.size() && t.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            if (firstLone < 0)
                firstLone = i;
            ++loneSurrogates;
            t[i] = QChar::ReplacementCharacter;
        } else if (c.unicode() == 0) {
            if (firstNul < 0)
                firstNul = i;
            ++nuls;
            t[i] = QChar::ReplacementCharacter;
        }
    }
    if (loneSurrogates) {
        Issue issue = Issue::warning(
            fileName, tr("%n unpaired UTF-16 surrogate(s) replaced with U+FFFD", nullptr,
                         int(std::min<qsizetype>(loneSurrogates, INT_MAX))));
        issue.start = firstLone;
        issue.end = firstLone + 1;
        issues.append(issue);
    }
    if (nuls) {
        Issue issue =
            Issue::warning(fileName, tr("%n NUL character(s) replaced with U+FFFD", nullptr,
                                        int(std::min<qsizetype>(nuls, INT_MAX))));
        issue.start = firstNul;
        issue.end = firstNul + 1;
        issues.append(issue);
    }
    return issues;
}

} // namespace Marsad::Text

#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace Marsad::Cli {
namespace {

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + text.size() * 2 + 2);
    out.append('"');
    const qsizetype n = text.size();
    const char16_t *u = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        case u'\b':
            out.append("\\b", 2);
            continue;
        case u'\f':
            out.append("\\f", 2);
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escape, 6);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(u[i + 1])) {
            appendUtf8(out, QChar::surrogateToUcs4(c, u[i + 1]));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendUtf8(out, 0xFFFD); // never valid UTF-8 on its own
        } else {
            appendUtf8(out, c);
        }
    }
    out.append('"');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (m_first.last())
            m_first.last() = false;
        else
            m_out.append(',');
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_first.removeLast();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_first.removeLast();
    m_out.append(']');
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), qsizetype(name.size()));
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) { // JSON has no NaN or infinity
        m_out.append("null", 4);
        return;
    }
    // As QJsonDocument writes it: the shortest text that reads back the same.
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::stringOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

} // namespace Marsad::Cli

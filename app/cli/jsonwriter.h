// A small JSON writer that appends UTF-8 straight to a byte array.
//
// `analyze` prints one object per article; building a QJsonObject per article
// and serialising it cost more than the analysis's own output stage should
// (issue 14: 26 % of the CPU on the main thread). This writes the same JSON
// in one pass, keys in the order given, strings escaped as RFC 8259 asks
// (quote, backslash and every control character; a lone surrogate, which the
// loaders already repair, becomes U+FFFD so the output is always UTF-8).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>

namespace Marsad::Cli {

class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The key of the next value; keys are ASCII literals of the contract.
    JsonWriter &key(std::string_view name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// A string, or null when \a text is empty.
    void stringOrNull(const QString &text);
    void value(const QStringList &texts);

    /// Appends \a text as a JSON string (quotes included) to \a out.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();

    QByteArray &m_out;
    // One entry per open container: true until its first member is written.
    QList<bool> m_first;
    bool m_afterKey = false;
};

} // namespace Marsad::Cli

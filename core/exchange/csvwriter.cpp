#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace Marsad::Exchange {

CsvWriter::CsvWriter(QIODevice &device, bool byteOrderMark) : m_device(device)
{
    if (byteOrderMark)
        write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

void CsvWriter::writeRow(const QStringList &fields)
{
    write(record(fields));
}

QString CsvWriter::escape(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') ||
                             field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escape(fields.at(i));
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    if (m_device.write(bytes) != bytes.size())
        m_error = m_device.errorString();
}

} // namespace Marsad::Exchange

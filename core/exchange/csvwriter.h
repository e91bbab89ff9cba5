// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
// quoted when it holds a comma, a double quote, CR or LF (its quotes doubled).
// UTF-8, optionally preceded by a byte order mark: spreadsheet programs take
// a file without one for the system's code page and garble Arabic.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Marsad::Exchange {

class CsvWriter final
{
public:
    /// Writes to \a device (open for writing); the BOM, when asked for, at once.
    explicit CsvWriter(QIODevice &device, bool byteOrderMark = false);

    /// One record; every record of a file should have as many fields as the header.
    void writeRow(const QStringList &fields);

    /// True while every write reached the device.
    bool ok() const { return m_error.isEmpty(); }
    /// The device's reason for the first failed write, else empty.
    QString errorString() const { return m_error; }

    /// \a field as it stands in a record: quoted (quotes doubled) when needed.
    static QString escape(const QString &field);
    /// A whole record, CRLF included, in UTF-8.
    static QByteArray record(const QStringList &fields);

private:
    void write(const QByteArray &bytes);

    QIODevice &m_device;
    QString m_error;
};

} // namespace Marsad::Exchange

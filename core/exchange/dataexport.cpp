#include "dataexport.h"

#include "csvwriter.h"
#include "eventtable.h"
#include "mentiontable.h"
#include "placegeojson.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Marsad::Exchange {

QString DataExport::defaultFileName(DataFormat format)
{
    switch (format) {
    case DataFormat::EventsCsv:
        return u"events.csv"_s;
    case DataFormat::PlacesGeoJson:
        return u"places.geojson"_s;
    case DataFormat::MentionsCsv:
        return u"mentions.csv"_s;
    }
    return {};
}

QByteArray DataExport::encode(DataFormat format, const Index::CorpusIndex &index,
                              const Selection &selection, const DataExportOptions &options)
{
    if (format == DataFormat::PlacesGeoJson)
        return PlaceGeoJson::write(index, selection);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer, options.byteOrderMark);
    if (format == DataFormat::EventsCsv)
        EventTable::write(index, selection, csv);
    else
        MentionTable::write(index, selection, csv);
    return buffer.data();
}

bool DataExport::write(DataFormat format, const Index::CorpusIndex &index,
                       const Selection &selection, const DataExportOptions &options,
                       QIODevice &device, QString *error)
{
    const QByteArray bytes = encode(format, index, selection, options);
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    bool ok = written == bytes.size();
    if (auto *file = qobject_cast<QFileDevice *>(&device); ok && file)
        ok = file->flush() && file->error() == QFileDevice::NoError;
    if (!ok && error)
        *error = tr("cannot write the output: %1").arg(device.errorString());
    return ok;
}

bool DataExport::writeFile(DataFormat format, const Index::CorpusIndex &index,
                           const Selection &selection, const DataExportOptions &options,
                           const QString &path, QString *error)
{
    return writeBytes(encode(format, index, selection, options), path, error);
}

bool DataExport::writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    // QSaveFile replaces the destination by renaming a temporary file over it:
    // right for a file, wrong for a device or a pipe given as the output.
    if (const QFileInfo target(path); target.exists() && !target.isFile())
        return fail(tr("not a regular file"));
    // Unbuffered: each write reaches the system at once and its error is kept
    // (an error while Qt flushes its buffer in commit() would go unnoticed).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    // A short write is retried: the retry fails with the system's reason
    // (a full disk), which the short write alone does not give.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size() || file.error() != QFileDevice::NoError) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : tr("only %1 of %2 bytes written").arg(written).arg(bytes.size());
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Marsad::Exchange

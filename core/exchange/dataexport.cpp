#include "dataexport.h"

#include "csvwriter.h"
#include "eventtable.h"
#include "mentiontable.h"
#include "placegeojson.h"
#include "wholefilewriter.h"

#include <QBuffer>
#include <QFileDevice>

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
    QString reason;
    if (WholeFileWriter::write(path, bytes, &reason))
        return true;
    if (error)
        *error = tr("cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace Marsad::Exchange

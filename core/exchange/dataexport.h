// One entry point for the data exports (events CSV, places GeoJSON, mentions
// CSV), shared by the command line and the viewer's File → Export menu.
//
// A file is written completely or not at all: the export is built in memory,
// then written through QSaveFile, which replaces the destination only when
// every byte reached the disk. A failure leaves the previous file untouched.
#pragma once

#include "selection.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Marsad::Exchange {

enum class DataFormat
{
    EventsCsv,     ///< EventTable
    PlacesGeoJson, ///< PlaceGeoJson
    MentionsCsv    ///< MentionTable
};

struct DataExportOptions
{
    /// CSV: start with a UTF-8 byte order mark, for spreadsheet programs.
    bool byteOrderMark = false;
};

class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Exchange::DataExport)
public:
    /// "events.csv", "places.geojson", "mentions.csv".
    static QString defaultFileName(DataFormat format);
    static bool isCsv(DataFormat format) { return format != DataFormat::PlacesGeoJson; }

    /// The export as bytes.
    static QByteArray encode(DataFormat format, const Index::CorpusIndex &index,
                             const Selection &selection, const DataExportOptions &options = {});

    /// Writes to an open device (standard output). On failure returns false
    /// with the device's reason in \a error.
    static bool write(DataFormat format, const Index::CorpusIndex &index,
                      const Selection &selection, const DataExportOptions &options,
                      QIODevice &device, QString *error);

    /// Writes the file \a path, completely or not at all. On failure returns
    /// false, sets \a error to a sentence with the system's reason and leaves
    /// \a path as it was. Refuses anything but a regular file (a device or a
    /// pipe would be replaced by QSaveFile's rename).
    static bool writeFile(DataFormat format, const Index::CorpusIndex &index,
                          const Selection &selection, const DataExportOptions &options,
                          const QString &path, QString *error);

    /// writeFile for bytes already encoded.
    static bool writeBytes(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace Marsad::Exchange

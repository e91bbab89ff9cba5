// `marsad export-places PATH... -o places.geojson [--entity ID]... [--from YYYY-MM-DD]
// [--to YYYY-MM-DD]`: see Exchange::PlaceGeoJson for
// what is written.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class ExportPlacesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::ExportPlacesCommand)
public:
    /// \a arguments are those after "export-places".
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);
    static QString help();
};

} // namespace Marsad::Cli

#include "exportplacescommand.h"

#include "dataexportcommand.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QString ExportPlacesCommand::help()
{
    return tr("Usage: marsad export-places PATH... -o FILE.geojson [OPTION...]\n"
              "Write the places the articles name as GeoJSON (RFC 7946): a FeatureCollection\n"
              "of points [longitude, latitude] with id, name_en, name_ar, kind, articles,\n"
              "mentions, events, first_date and last_date; a place without coordinates has\n"
              "a null geometry.\n"
              "\n") +
           DataExportCommand::commonHelp(Exchange::DataFormat::PlacesGeoJson);
}

int ExportPlacesCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    return DataExportCommand::run(Exchange::DataFormat::PlacesGeoJson, u"export-places"_s, help(),
                                  arguments, out, err);
}

} // namespace Marsad::Cli

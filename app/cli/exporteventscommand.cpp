#include "exporteventscommand.h"

#include "dataexportcommand.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QString ExportEventsCommand::help()
{
    return tr("Usage: marsad export-events PATH... -o FILE.csv [OPTION...]\n"
              "Write the events of the articles (dated sentences) as CSV (RFC 4180, UTF-8),\n"
              "one record per event and place, in the columns of conflict datasets:\n"
              "event_id, event_date, event_end_date, time_precision, date_text, place_id,\n"
              "place_en, place_ar, place_kind, latitude, longitude, geo_precision, entities,\n"
              "evidence, article_file, char_start, char_end, published, published_basis,\n"
              "published_confidence. Offsets count Unicode code points of the decoded text.\n"
              "\n") +
           DataExportCommand::commonHelp(Exchange::DataFormat::EventsCsv);
}

int ExportEventsCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    return DataExportCommand::run(Exchange::DataFormat::EventsCsv, u"export-events"_s, help(),
                                  arguments, out, err);
}

} // namespace Marsad::Cli

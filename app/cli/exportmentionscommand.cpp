#include "exportmentionscommand.h"

#include "dataexportcommand.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QString ExportMentionsCommand::help()
{
    return tr("Usage: marsad export-mentions PATH... -o FILE.csv [OPTION...]\n"
              "Write every entity mention of the articles as CSV (RFC 4180, UTF-8): article_file,\n"
              "entity_id, type, surface, start, end, candidate, confidence, boilerplate.\n"
              "Offsets count Unicode code points of the decoded text.\n"
              "\n") +
           DataExportCommand::commonHelp(Exchange::DataFormat::MentionsCsv);
}

int ExportMentionsCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    return DataExportCommand::run(Exchange::DataFormat::MentionsCsv, u"export-mentions"_s, help(),
                                  arguments, out, err);
}

} // namespace Marsad::Cli

#include "storeoption.h"

#include "analysisstore.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

StoreOption::StoreOption(QCommandLineParser &parser)
    : m_cache(u"cache"_s, tr("Analysis store to read and keep results in."), u"FILE"_s),
      m_noCache(u"no-cache"_s, tr("Analyse everything afresh and keep nothing."))
{
    parser.addOptions({m_cache, m_noCache});
}

std::shared_ptr<Store::AnalysisStore> StoreOption::store(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_noCache))
        return {};
    if (parser.isSet(m_cache))
        return std::make_shared<Store::AnalysisStore>(parser.value(m_cache));
    if (qEnvironmentVariableIsSet("MARSAD_NO_CACHE"))
        return {};
    return std::make_shared<Store::AnalysisStore>();
}

QString StoreOption::help()
{
    return tr("  --cache FILE         the analysis store to read and keep results in (default:\n"
              "                       analysis.sqlite in the user's data folder)\n"
              "  --no-cache           analyse everything afresh and keep nothing\n");
}

} // namespace Marsad::Cli

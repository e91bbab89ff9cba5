#include "storeoption.h"

#include "analysisstore.h"
#include "analyststore.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

StoreOption::StoreOption(QCommandLineParser &parser)
    : m_cache(u"cache"_s, tr("Analysis store to read and keep results in."), u"FILE"_s),
      m_noCache(u"no-cache"_s, tr("Analyse everything afresh and keep nothing.")),
      m_store(u"store"_s, tr("The analyst's store whose corrections are applied."), u"LOCATION"_s)
{
    parser.addOptions({m_cache, m_noCache, m_store});
}

bool StoreOption::analystData(const QCommandLineParser &parser, Analyst::AnalystData *data,
                              QString *error) const
{
    *data = {};
    if (!parser.isSet(m_store))
        return true;
    Analyst::StoreLocation location;
    if (!Analyst::StoreLocation::parse(parser.value(m_store), &location, error))
        return false;
    const std::unique_ptr<Analyst::AnalystStore> store =
        Analyst::AnalystStore::open(location, error);
    if (!store)
        return false;
    *data = store->load();
    if (!store->lastError().isEmpty()) {
        *error = tr("The analyst's store %1 cannot be read: %2")
                     .arg(location.toString(), store->lastError());
        return false;
    }
    return true;
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
              "  --no-cache           analyse everything afresh and keep nothing\n"
              "  --store LOCATION     apply the corrections kept in the analyst's store:\n"
              "                       sqlite:PATH (or a PATH), or\n"
              "                       postgresql://[USER@][HOST][:PORT]/DATABASE\n");
}

} // namespace Marsad::Cli

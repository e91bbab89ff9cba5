// The stores' options, shared by every command that analyses: --cache FILE
// (another analysis store than the user's default) and --no-cache; --store
// LOCATION, the analyst's store whose corrections are laid over the results
// (none unless given).
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace Marsad::Store {
class AnalysisStore;
}
namespace Marsad::Analyst {
struct AnalystData;
}

namespace Marsad::Cli {

class StoreOption final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::StoreOption)
public:
    /// Adds --cache, --no-cache and --store to \a parser.
    explicit StoreOption(QCommandLineParser &parser);

    /// The store the command reads and keeps results in: --cache FILE, else the
    /// user's default one; none with --no-cache, or when MARSAD_NO_CACHE is set
    /// and no --cache was given.
    std::shared_ptr<Store::AnalysisStore> store(const QCommandLineParser &parser) const;

    /// The analyst's data in the --store given (nothing without --store);
    /// false, with *error saying why (translated), when the location is not
    /// one or the store cannot be opened: bad usage.
    bool analystData(const QCommandLineParser &parser, Analyst::AnalystData *data,
                     QString *error) const;

    /// The options' lines for a command's --help.
    static QString help();

private:
    QCommandLineOption m_cache;
    QCommandLineOption m_noCache;
    QCommandLineOption m_store;
};

} // namespace Marsad::Cli

// The analysis store's options, shared by every command that analyses:
// --cache FILE (another store than the user's default) and --no-cache.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace Marsad::Store {
class AnalysisStore;
}

namespace Marsad::Cli {

class StoreOption final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::StoreOption)
public:
    /// Adds --cache and --no-cache to \a parser.
    explicit StoreOption(QCommandLineParser &parser);

    /// The store the command reads and keeps results in: --cache FILE, else the
    /// user's default one; none with --no-cache, or when MARSAD_NO_CACHE is set
    /// and no --cache was given.
    std::shared_ptr<Store::AnalysisStore> store(const QCommandLineParser &parser) const;

    /// The options' lines for a command's --help.
    static QString help();

private:
    QCommandLineOption m_cache;
    QCommandLineOption m_noCache;
};

} // namespace Marsad::Cli

// `marsad export-events PATH... -o events.csv [--entity ID]... [--from YYYY-MM-DD]
// [--to YYYY-MM-DD]`: see Exchange::EventTable for
// what is written.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class ExportEventsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::ExportEventsCommand)
public:
    /// \a arguments are those after "export-events".
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);
    static QString help();
};

} // namespace Marsad::Cli

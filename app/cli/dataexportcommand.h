// What the three data exports of the command line share (export-events,
// export-places, export-mentions): options, reading and analysing the PATHs,
// the filter, and a safe write (`-o -` is standard output; a file is written
// completely or not at all).
#pragma once

#include "dataexport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class DataExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::DataExportCommand)
public:
    /// \a arguments are those after the command's name; \a help is its --help text.
    static int run(Exchange::DataFormat format, const QString &command, const QString &help,
                   const QStringList &arguments, QIODevice &out, QIODevice &err);

    /// The lines of --help every data export shares (filter, output, exit status).
    static QString commonHelp(Exchange::DataFormat format);
};

} // namespace Marsad::Cli

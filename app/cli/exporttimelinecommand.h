// `marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [--entity ID]...
// [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--width PX] [--lang ar|en]`:
// the timeline image, headless, drawn by the same renderer as the GUI.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class ExportTimelineCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::ExportTimelineCommand)
public:
    /// \a arguments are those after "export-timeline". Needs a QGuiApplication.
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);

    /// `marsad export-timeline --help`.
    static QString usage();
};

} // namespace Marsad::Cli

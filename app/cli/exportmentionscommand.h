// `marsad export-mentions PATH... -o mentions.csv [--entity ID]... [--from YYYY-MM-DD]
// [--to YYYY-MM-DD]`: see Exchange::MentionTable for
// what is written.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class ExportMentionsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::ExportMentionsCommand)
public:
    /// \a arguments are those after "export-mentions".
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);
    static QString help();
};

} // namespace Marsad::Cli

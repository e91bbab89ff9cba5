// `marsad analyze PATH... [--format jsonl|json]`: one JSON object per article,
// in input order (DESIGN.md §6).
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

class AnalyzeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::AnalyzeCommand)
public:
    /// \a arguments are those after the word "analyze". Returns the exit code.
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);
};

} // namespace Marsad::Cli

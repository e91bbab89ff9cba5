// `marsad analyze PATH... [--format jsonl|json] [--explain] [--progress|--quiet]`:
// one JSON object per article, in input order (DESIGN.md §6), formatted on
// the analysis pool and written as it is ready. `-` reads a list of PATHs from
// standard input.
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
    /// \a in is read for the PATH `-`; null: the process's standard input.
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err,
                   QIODevice *in = nullptr);

    /// `marsad analyze --help`.
    static QString usage();

    /// The PATHs listed in \a bytes: one per line, or separated by NUL bytes
    /// when there is one (find -print0); empty entries are skipped.
    static QStringList pathList(const QByteArray &bytes);
};

} // namespace Marsad::Cli

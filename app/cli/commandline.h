// The command-line front end (DESIGN.md §6): decides between the GUI and a
// headless subcommand, and runs the headless ones.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Marsad::Cli {

/// Exit codes of every headless command (DESIGN.md §6). No ": int" base:
/// lupdate's parser loses the namespace after it, and the class's texts would
/// land in a context ("CommandLine") that tr() never asks for.
enum ExitCode
{
    ExitSuccess = 0,    ///< Everything processed.
    ExitSomeFailed = 1, ///< Some files failed (listed on stderr); the rest processed.
    ExitUsage = 2,      ///< Bad usage: unknown option, missing path, bad value.
};

/// What the GUI needs from the command line.
struct GuiOptions
{
    QStringList paths; ///< Empty: open the bundled sample corpus.
    QString language;  ///< "ar", "en" or empty for the system's.
    QString store;     ///< --store: the analyst's store for this run (empty: the settings').
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::CommandLine)
public:
    /// True when \a arguments (argv, program name first) ask for a headless
    /// command (a subcommand, --help, --version or an invalid GUI option), so
    /// main() need not create a GUI application or look for a display.
    static bool isHeadless(const QStringList &arguments);

    /// True when the headless command draws (export-timeline): main() then
    /// creates a QGuiApplication on the offscreen platform, still no display.
    static bool needsGui(const QStringList &arguments);

    /// Runs a headless command; returns its exit code. Output goes to \a out,
    /// messages to \a err.
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);

    /// Parses GUI arguments (`marsad [PATH...] [--lang ar|en]`).
    static std::optional<GuiOptions> parseGui(const QStringList &arguments, QString *error);

    /// The usage text printed by --help (and read by help2man for marsad.1).
    static QString usage();

    /// The value of an explicit --lang in \a arguments (argv), empty when
    /// there is none: the language of the command's messages, else the
    /// system's.
    static QString requestedLanguage(const QStringList &arguments);
};

} // namespace Marsad::Cli

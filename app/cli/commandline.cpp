#include "commandline.h"

#include "analyzecommand.h"
#include "clioutput.h"
#include "exporttimelinecommand.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {

bool isSubcommand(const QString &word)
{
    return word == u"analyze"_s || word == u"export-timeline"_s;
}

} // namespace

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.value(1) == u"export-timeline"_s;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  marsad [PATH...] [--lang ar|en]    open the viewer (no PATH: the bundled "
              "sample corpus)\n"
              "  marsad analyze PATH... [--format jsonl|json]\n"
              "                                     print the analysis of every article\n"
              "  marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf\n"
              "         [--entity ID]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "         [--width PX] [--scale N] [--lang ar|en]\n"
              "                                     draw the timeline into an image\n"
              "  marsad --version | --help\n"
              "\n"
              "PATH is a file or a folder (read recursively: .txt, .html, .htm, .jsonl).\n"
              "Exit status: 0 success, 1 some files failed (listed on stderr, the rest\n"
              "still processed), 2 bad usage.\n");
}

std::optional<GuiOptions> CommandLine::parseGui(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption langOption(u"lang"_s, tr("User interface language."), u"ar|en"_s);
    parser.addOption(langOption);
    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return std::nullopt;
    }
    GuiOptions options;
    options.paths = parser.positionalArguments();
    options.language = parser.value(langOption);
    if (!options.language.isEmpty() && options.language != u"ar"_s && options.language != u"en"_s) {
        if (error)
            *error = tr("--lang takes ar or en, not '%1'").arg(options.language);
        return std::nullopt;
    }
    return options;
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (isSubcommand(first) || first == u"--help"_s || first == u"-h"_s ||
        first == u"--version"_s || first == u"-v"_s)
        return true;
    return !parseGui(arguments, nullptr).has_value();
}

int CommandLine::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    const QString first = arguments.value(1);
    if (first == u"--help"_s || first == u"-h"_s) {
        print(out, usage());
        return ExitSuccess;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        print(out, u"marsad "_s + QStringLiteral(MARSAD_VERSION) + u'\n');
        return ExitSuccess;
    }
    if (first == u"analyze"_s)
        return AnalyzeCommand::run(arguments.mid(2), out, err);
    if (first == u"export-timeline"_s)
        return ExportTimelineCommand::run(arguments.mid(2), out, err);
    QString error;
    if (!parseGui(arguments, &error)) {
        print(err, u"marsad: "_s + error + u'\n' + tr("Try 'marsad --help'.\n"));
        return ExitUsage;
    }
    print(err, tr("marsad: nothing to do headless\n"));
    return ExitUsage;
}

} // namespace Marsad::Cli

#include "commandline.h"

#include "analyzecommand.h"
#include "clioutput.h"
#include "exporteventscommand.h"
#include "exportmentionscommand.h"
#include "exportplacescommand.h"
#include "exporttimelinecommand.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {

bool isSubcommand(const QString &word)
{
    return word == u"analyze"_s || word == u"export-timeline"_s ||
           // The data exports (events, places, mentions).
           word == u"export-events"_s || word == u"export-places"_s || word == u"export-mentions"_s;
}

// --lang is global: main() has applied it to the messages already. Commands
// that draw nothing in a language do not know it, so it is taken out.
QStringList withoutLanguage(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            rest += arguments.mid(i);
            break;
        }
        if (argument == u"--lang"_s || argument == u"-lang"_s) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u"--lang="_s))
            rest.append(argument);
    }
    return rest;
}

} // namespace

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.value(1) == u"export-timeline"_s;
}

QString CommandLine::usage()
{
    // help2man builds the man page from this text: "Usage:" and its "or:"
    // lines become the synopsis, "Options:" and "Exit status:" sections, and
    // option lines start with two spaces and a dash. The subcommands' own
    // options are in their --help (AnalyzeCommand::usage() and the like) and
    // in the man page's sections from packaging/marsad.h2m.
    return tr("Usage: marsad [PATH...] [--lang ar|en] [--store LOCATION]\n"
              "  or:  marsad analyze PATH... [--format jsonl|json]\n"
              "  or:  marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]\n"
              "  or:  marsad export-events PATH... -o FILE.csv [--bom] [OPTION...]\n"
              "  or:  marsad export-places PATH... -o FILE.geojson [OPTION...]\n"
              "  or:  marsad export-mentions PATH... -o FILE.csv [--bom] [OPTION...]\n"
              "  or:  marsad --version | --help\n"
              "Show who, where and when across a collection of Arabic news articles.\n"
              "\n"
              "Without a command, open the viewer on the PATHs (none: the bundled sample\n"
              "corpus). PATH is a file or a folder, read recursively (.txt, .html, .htm,\n"
              ".jsonl).\n"
              "\n"
              "Commands:\n"
              "  analyze            print the analysis of every article as JSON\n"
              "  export-timeline    draw the timeline into a PNG, SVG or PDF image\n"
              "  export-events      write the events as CSV (conflict-dataset columns)\n"
              "  export-places      write the places as GeoJSON points with counts\n"
              "  export-mentions    write every entity mention as CSV\n"
              "\n"
              "Options:\n"
              "  --lang ar|en         language of the interface and messages (default: the\n"
              "                       system's); for export-timeline, of the image (ar)\n"
              "  --store LOCATION     the analyst's store (corrections, notes) for the viewer\n"
              "                       and every command: sqlite:PATH (or a PATH), or\n"
              "                       postgresql://[USER@][HOST][:PORT]/DATABASE\n"
              "  --format jsonl|json  analyze: one object per line (default) or one array\n"
              "  -o, --output FILE    export-timeline: the image to write (.png, .svg, .pdf)\n"
              "  --entity ID          export-timeline: only items about this entity\n"
              "                       (repeatable)\n"
              "  --from YYYY-MM-DD    export-timeline: first day shown\n"
              "  --to YYYY-MM-DD      export-timeline: last day shown\n"
              "  --width PX           export-timeline: width in pixels (200-20000, 1600)\n"
              "  --scale N            export-timeline: PNG pixels per point (0.5-8, 2)\n"
              "  -o FILE              data exports: the file to write (- for standard\n"
              "                       output); --entity, --from and --to filter them too\n"
              "  --bom                export-events and export-mentions: start with a UTF-8\n"
              "                       byte order mark (for spreadsheets)\n"
              "  COMMAND --help       print the help of a command (its columns) and exit\n"
              "  -h, --help           print this help and exit\n"
              "  -v, --version        print the version and exit\n"
              "\n"
              "Exit status:\n"
              "  0  success\n"
              "  1  some files failed (listed on stderr, the rest still processed)\n"
              "  2  bad usage\n");
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if ((argument == u"--lang"_s || argument == u"-lang"_s) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return {};
}

std::optional<GuiOptions> CommandLine::parseGui(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption langOption(u"lang"_s, tr("User interface language."), u"ar|en"_s);
    parser.addOption(langOption);
    const QCommandLineOption storeOption(u"store"_s, tr("The analyst's store for this run."),
                                         u"LOCATION"_s);
    parser.addOption(storeOption);
    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return std::nullopt;
    }
    GuiOptions options;
    options.paths = parser.positionalArguments();
    options.language = parser.value(langOption);
    options.store = parser.value(storeOption);
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
    if (first == u"analyze"_s) {
        const QString language = requestedLanguage(arguments);
        if (!language.isEmpty() && language != u"ar"_s && language != u"en"_s) {
            print(err, u"marsad: analyze: "_s +
                           tr("--lang takes ar or en, not '%1'").arg(language) + u'\n' +
                           tr("Try 'marsad --help'.\n"));
            return ExitUsage;
        }
        return AnalyzeCommand::run(withoutLanguage(arguments.mid(2)), out, err);
    }
    if (first == u"export-timeline"_s)
        return ExportTimelineCommand::run(arguments.mid(2), out, err);
    // The data exports (their --lang sets only the messages: main() applies it).
    if (first == u"export-events"_s)
        return ExportEventsCommand::run(arguments.mid(2), out, err);
    if (first == u"export-places"_s)
        return ExportPlacesCommand::run(arguments.mid(2), out, err);
    if (first == u"export-mentions"_s)
        return ExportMentionsCommand::run(arguments.mid(2), out, err);
    QString error;
    if (!parseGui(arguments, &error)) {
        print(err, u"marsad: "_s + error + u'\n' + tr("Try 'marsad --help'.\n"));
        return ExitUsage;
    }
    print(err, tr("marsad: nothing to do headless\n"));
    return ExitUsage;
}

} // namespace Marsad::Cli

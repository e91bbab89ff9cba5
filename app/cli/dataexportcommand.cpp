#include "dataexportcommand.h"

#include "analysisrun.h"
#include "clioutput.h"
#include "commandline.h"
#include "corpusindex.h"
#include "corpusloader.h"
#include "storeoption.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QString DataExportCommand::commonHelp(Exchange::DataFormat format)
{
    QString text = tr("Options:\n"
                      "  -o, --output FILE    the file to write, or - for standard output\n");
    if (Exchange::DataExport::isCsv(format))
        text +=
            tr("  --bom                start with a UTF-8 byte order mark (for spreadsheets)\n");
    text += tr("  --entity ID          only articles that mention this entity (repeatable)\n"
               "  --from YYYY-MM-DD    only articles published, and events dated, on or after it\n"
               "  --to YYYY-MM-DD      only articles published, and events dated, on or before it\n"
               "  --lang ar|en         language of the messages (default: the system's)\n"
               "  -h, --help           print this help and exit\n");
    text += StoreOption::help();
    text += tr("\n"
               "A file is written completely or not at all: on failure the previous file\n"
               "is left untouched.\n"
               "\n"
               "Exit status:\n"
               "  0  success\n"
               "  1  some files failed, or the output could not be written\n"
               "  2  bad usage\n");
    return text;
}

int DataExportCommand::run(Exchange::DataFormat format, const QString &command, const QString &help,
                           const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("File to write."), u"FILE"_s);
    const QCommandLineOption bomOption(u"bom"_s, tr("Start with a byte order mark."));
    const QCommandLineOption entityOption(u"entity"_s, tr("Only articles about this entity."),
                                          u"ID"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("First day."), u"YYYY-MM-DD"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Last day."), u"YYYY-MM-DD"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Print this help."));
    // Main() has applied it to the messages already; only checked here.
    const QCommandLineOption langOption(u"lang"_s, tr("Language of the messages."), u"ar|en"_s);
    parser.addOptions({outputOption, entityOption, fromOption, toOption, helpOption, langOption});
    if (Exchange::DataExport::isCsv(format))
        parser.addOption(bomOption);
    const StoreOption storeOption(parser);
    auto usage = [&](const QString &message) {
        print(err, u"marsad: "_s + command + u": "_s + message + u'\n' +
                       tr("Try 'marsad %1 --help'.\n").arg(command));
        return int(ExitUsage);
    };
    if (!parser.parse(QStringList{u"marsad "_s + command} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(out, help);
        return ExitSuccess;
    }
    if (const QString language = parser.value(langOption);
        parser.isSet(langOption) && language != u"ar"_s && language != u"en"_s)
        return usage(tr("--lang takes ar or en, not '%1'").arg(language));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(tr("needs -o FILE (or -o - for standard output)"));
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (parser.isSet(fromOption) && !from.isValid())
        return usage(
            tr("--from takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(fromOption)));
    if (parser.isSet(toOption) && !to.isValid())
        return usage(tr("--to takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(toOption)));
    if (from.isValid() && to.isValid() && from > to)
        return usage(tr("--from is after --to"));
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usage(tr("needs at least one PATH (a file or a folder)"));
    const Corpus::FileList files = Corpus::CorpusLoader::collectFiles(paths);
    if (!files.missingPaths.isEmpty()) {
        for (const QString &missing : files.missingPaths)
            print(err, u"marsad: "_s + command + u": "_s +
                           tr("no such file or folder: %1").arg(missing) + u'\n');
        return ExitUsage;
    }

    AnalysisRunOptions runOptions;
    runOptions.store = storeOption.store(parser);
    if (QString error; !storeOption.analystData(parser, &runOptions.analyst, &error)) {
        print(err, u"marsad: "_s + command + u": "_s + error + u'\n');
        return ExitUsage;
    }
    AnalysisRun run = AnalysisRunner::run(files.files, err, runOptions);
    if (!run.error.isEmpty()) {
        print(err, u"marsad: "_s + command + u": "_s + run.error + u'\n');
        return ExitSomeFailed;
    }
    const Index::CorpusIndex index(std::move(run.articles), run.gazetteer);
    Index::Filter filter;
    filter.included = parser.values(entityOption);
    for (const QString &id : std::as_const(filter.included)) {
        if (!run.gazetteer->entity(id) && index.mentionCount(id) == 0)
            return usage(tr("unknown entity id: %1").arg(id));
    }
    filter.from = from;
    filter.to = to;
    const Exchange::Selection selection = Exchange::Selection::matching(index, filter);
    Exchange::DataExportOptions options;
    options.byteOrderMark = Exchange::DataExport::isCsv(format) && parser.isSet(bomOption);

    QString error;
    const bool written =
        output == u"-"_s
            ? Exchange::DataExport::write(format, index, selection, options, out, &error)
            : Exchange::DataExport::writeFile(format, index, selection, options, output, &error);
    if (!written) {
        print(err, u"marsad: "_s + command + u": "_s + error + u'\n');
        return ExitSomeFailed;
    }
    if (output != u"-"_s)
        print(out, tr("%1 written\n").arg(output));
    return run.anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli

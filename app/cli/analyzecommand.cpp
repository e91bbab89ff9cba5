#include "analyzecommand.h"

#include "analysisoutput.h"
#include "analysisrun.h"
#include "clioutput.h"
#include "commandline.h"
#include "corpusloader.h"
#include "progressline.h"
#include "storeoption.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {

// Standard input, or \a in when given; null when it cannot be opened.
QIODevice *standardInput(QIODevice *in, QFile &file)
{
    if (in)
        return in;
    return file.open(stdin, QIODevice::ReadOnly) ? &file : nullptr;
}

// The PATHs of the command line, `-` replaced by the list read from \a in.
QStringList expandStdin(const QStringList &paths, QIODevice *in)
{
    QStringList expanded;
    bool read = false;
    for (const QString &path : paths) {
        if (path != u"-"_s) {
            expanded.append(path);
            continue;
        }
        if (read) // a second `-` finds standard input at its end
            continue;
        read = true;
        QFile file;
        if (QIODevice *device = standardInput(in, file))
            expanded += AnalyzeCommand::pathList(device->readAll());
    }
    return expanded;
}

} // namespace

QString AnalyzeCommand::usage()
{
    return tr("Usage: marsad analyze [OPTION...] PATH...\n"
              "Print the analysis of every article as JSON, in input order.\n"
              "\n"
              "PATH is a file or a folder, read recursively (.txt, .html, .htm, .jsonl).\n"
              "- reads a list of PATHs from standard input: one per line, or separated by\n"
              "NUL bytes (find -print0).\n"
              "With --stdin-text, standard input is the text of one more article, named -\n"
              "in the output.\n"
              "\n"
              "Options:\n"
              "  --format jsonl|json  one object per line (default) or one array\n"
              "  --explain            add what explains each publication date: a note per\n"
              "                       constraint and per cue, the conflicting cues, the\n"
              "                       passages shared with other articles\n"
              "  --progress           show the progress on stderr even when it is not a\n"
              "                       terminal (by default it is shown on a terminal when\n"
              "                       the output goes to a file or a pipe)\n"
              "  --quiet              show neither progress nor warnings (errors still are)\n"
              "  --stdin-text         analyse standard input as one article's text (plain\n"
              "                       text in any encoding marsad reads)\n"
              "  -h, --help           print this help and exit\n") +
           StoreOption::help() +
           tr("\n"
              "Exit status:\n"
              "  0  success\n"
              "  1  some files failed (listed on stderr, the rest still processed), or the\n"
              "     output could not be written\n"
              "  2  bad usage\n");
}

QStringList AnalyzeCommand::pathList(const QByteArray &bytes)
{
    const char separator = bytes.contains('\0') ? '\0' : '\n';
    QStringList paths;
    for (QByteArray entry : bytes.split(separator)) {
        if (separator == '\n' && entry.endsWith('\r'))
            entry.chop(1);
        if (!entry.isEmpty())
            paths.append(QFile::decodeName(entry));
    }
    return paths;
}

int AnalyzeCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(u"format"_s, tr("Output format."), u"jsonl|json"_s,
                                          u"jsonl"_s);
    const QCommandLineOption explainOption(u"explain"_s, tr("Explain each date."));
    const QCommandLineOption progressOption(u"progress"_s, tr("Always show the progress."));
    const QCommandLineOption quietOption(u"quiet"_s, tr("Neither progress nor warnings."));
    const QCommandLineOption stdinTextOption(u"stdin-text"_s,
                                             tr("Standard input is one article's text."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Print this help."));
    parser.addOptions(
        {formatOption, explainOption, progressOption, quietOption, stdinTextOption, helpOption});
    const StoreOption storeOption(parser);
    auto badUsage = [&err](const QString &message) {
        print(err, u"marsad: analyze: "_s + message + u'\n' + tr("Try 'marsad analyze --help'.\n"));
        return int(ExitUsage);
    };
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{u"marsad analyze"_s} + arguments))
        return badUsage(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(out, usage());
        return ExitSuccess;
    }
    const QString format = parser.value(formatOption);
    if (format != u"jsonl"_s && format != u"json"_s) {
        print(err, tr("marsad: analyze: --format takes jsonl or json, not '%1'\n").arg(format));
        return ExitUsage;
    }
    if (parser.isSet(progressOption) && parser.isSet(quietOption))
        return badUsage(tr("--progress and --quiet exclude each other"));
    const bool stdinText = parser.isSet(stdinTextOption);
    if (stdinText && parser.positionalArguments().contains(u"-"_s))
        return badUsage(tr("- and --stdin-text both read standard input"));
    QStringList paths = expandStdin(parser.positionalArguments(), in);
    // The text is read into a temporary file, the one form the pipeline
    // reads; the article and its messages are named "-".
    QTemporaryFile textFile(QDir::tempPath() + u"/marsad-stdin-XXXXXX.txt"_s);
    AnalysisRunOptions runOptions;
    if (stdinText) {
        QFile file;
        QIODevice *device = standardInput(in, file);
        // One byte over the loader's limit is enough for it to refuse.
        if (!device || !textFile.open() ||
            textFile.write(device->read(Corpus::CorpusLoader::MaxFileSize + 1)) < 0 ||
            !textFile.flush()) {
            print(err, tr("marsad: analyze: cannot read standard input: %1\n")
                           .arg(device ? textFile.errorString() : file.errorString()));
            return ExitSomeFailed;
        }
        paths.append(textFile.fileName());
        runOptions.displayNames.insert(textFile.fileName(), u"-"_s);
    }
    if (paths.isEmpty()) {
        print(err, tr("marsad: analyze: needs at least one PATH (a file or a folder)\n"));
        return ExitUsage;
    }
    const Corpus::FileList files = Corpus::CorpusLoader::collectFiles(paths);
    if (!files.missingPaths.isEmpty()) {
        for (const QString &missing : files.missingPaths)
            print(err, tr("marsad: analyze: no such file or folder: %1\n").arg(missing));
        return ExitUsage;
    }

    ProgressLine progress(
        err, u"marsad: analyze: "_s,
        ProgressLine::modeFor(err, out, parser.isSet(progressOption), parser.isSet(quietOption)));
    runOptions.warnings = !parser.isSet(quietOption);
    runOptions.store = storeOption.store(parser);
    if (QString error; !storeOption.analystData(parser, &runOptions.analyst, &error)) {
        progress.clear();
        print(err, u"marsad: analyze: "_s + error + u'\n');
        return ExitUsage;
    }
    runOptions.beforeMessage = [&progress] {
        progress.clear();
    };
    if (progress.mode() != ProgressLine::Mode::Off) {
        runOptions.progress = [&progress](const Session::PipelineProgress &p) {
            progress.show(Session::Pipeline::stageName(p.stage),
                          int(std::floor(100.0 * p.fraction)));
        };
    }
    AnalysisRun run = AnalysisRunner::run(files.files, err, runOptions);
    if (!run.error.isEmpty()) {
        progress.clear();
        print(err, u"marsad: analyze: "_s + run.error + u'\n');
        return ExitSomeFailed;
    }

    AnalysisOutputOptions outputOptions;
    outputOptions.format = format == u"json"_s ? OutputFormat::JsonArray : OutputFormat::JsonLines;
    outputOptions.detail = parser.isSet(explainOption) ? JsonDetail::Explain : JsonDetail::Compact;
    if (progress.mode() != ProgressLine::Mode::Off) {
        outputOptions.progress = [&progress, writing = tr("writing")](qsizetype written,
                                                                      qsizetype total) {
            progress.show(writing, total > 0 ? int(100 * written / total) : 100);
        };
    }
    const QString failure = AnalysisOutput::write(std::move(run.articles), out, outputOptions);
    progress.clear();
    if (!failure.isEmpty()) {
        print(err, tr("marsad: analyze: cannot write the output: %1\n").arg(failure));
        return ExitSomeFailed;
    }
    return run.anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli

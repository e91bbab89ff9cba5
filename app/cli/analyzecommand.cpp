#include "analyzecommand.h"

#include "analysisrun.h"
#include "articlejson.h"
#include "clioutput.h"
#include "commandline.h"
#include "corpusloader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {} // namespace

int AnalyzeCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(u"format"_s, tr("Output format."), u"jsonl|json"_s,
                                          u"jsonl"_s);
    parser.addOption(formatOption);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{u"marsad analyze"_s} + arguments)) {
        print(err,
              u"marsad: analyze: "_s + parser.errorText() + u'\n' + tr("Try 'marsad --help'.\n"));
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != u"jsonl"_s && format != u"json"_s) {
        print(err, tr("marsad: analyze: --format takes jsonl or json, not '%1'\n").arg(format));
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
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

    const AnalysisRun run = AnalysisRunner::run(files.files, err);
    if (!run.error.isEmpty()) {
        print(err, u"marsad: analyze: "_s + run.error + u'\n');
        return ExitSomeFailed;
    }
    const QList<Analysis::AnalyzedArticle> &analyzed = run.articles;
    const bool anyFailed = run.anyFailed;

    const bool jsonl = format == u"jsonl"_s;
    CheckedOutput output(out);
    QJsonArray all;
    for (const Analysis::AnalyzedArticle &a : analyzed) {
        const QJsonObject object = ArticleJson::toJson(a);
        if (jsonl)
            output.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        else
            all.append(object);
    }
    if (!jsonl)
        output.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (const QString failure = output.finish(); !failure.isEmpty()) {
        print(err, tr("marsad: analyze: cannot write the output: %1\n").arg(failure));
        return ExitSomeFailed;
    }
    return anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli

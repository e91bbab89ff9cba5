#include "analyzecommand.h"

#include "articlejson.h"
#include "commandline.h"
#include "corpusloader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {
namespace {

void print(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

void reportIssues(QIODevice &err, const Issues &issues)
{
    for (const Issue &issue : issues) {
        print(err, u"marsad: "_s + issue.file + u": "_s + issue.severityName() + u": "_s +
                       issue.message + u'\n');
    }
}

} // namespace

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

    // Streams in batches so that a corpus of any size prints as it goes, in
    // input order, with bounded memory (jsonl); json collects one array.
    constexpr qsizetype Batch = 256;
    const bool jsonl = format == u"jsonl"_s;
    QJsonArray all;
    bool anyFailed = false;
    for (qsizetype start = 0; start < files.files.size(); start += Batch) {
        const auto results = Corpus::CorpusLoader::loadFiles(files.files.mid(start, Batch));
        for (const Corpus::FileLoadResult &result : results) {
            reportIssues(err, result.issues);
            anyFailed = anyFailed || hasError(result.issues);
            for (const Corpus::Article &article : result.articles) {
                const QJsonObject object = ArticleJson::toJson(article);
                if (jsonl)
                    out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
                else
                    all.append(object);
            }
        }
    }
    if (!jsonl)
        out.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli

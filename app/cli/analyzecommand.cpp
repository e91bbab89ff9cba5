#include "analyzecommand.h"

#include "articlejson.h"
#include "commandline.h"
#include "corpusanalyzer.h"
#include "corpusloader.h"
#include "gazetteer.h"
#include "resources.h"

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

    // Entities run per article, but publication dates need the whole corpus
    // (undated articles are linked to dated ones), so everything is loaded
    // first, then analysed, then printed in input order.
    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    if (!gazetteer) {
        print(err, tr("marsad: analyze: cannot load the gazetteer: %1\n").arg(gazetteer.error));
        return ExitSomeFailed;
    }
    bool anyFailed = false;
    QList<Corpus::Article> articles;
    for (const Corpus::FileLoadResult &result : Corpus::CorpusLoader::loadFiles(files.files)) {
        reportIssues(err, result.issues);
        anyFailed = anyFailed || hasError(result.issues);
        articles.append(result.articles);
    }
    const Analysis::CorpusAnalyzer analyzer(gazetteer.gazetteer);
    const QList<Analysis::AnalyzedArticle> analyzed = analyzer.analyze(std::move(articles));

    const bool jsonl = format == u"jsonl"_s;
    QJsonArray all;
    for (const Analysis::AnalyzedArticle &a : analyzed) {
        const QJsonObject object = ArticleJson::toJson(a);
        if (jsonl)
            out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        else
            all.append(object);
    }
    if (!jsonl)
        out.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli

#include "corpusloader.h"

#include "articleparser.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "logging.h"
#include "textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {

bool CorpusLoader::isArticleFile(const QString &fileName)
{
    static const QStringList suffixes{u"txt"_s,   u"text"_s,  u"html"_s,  u"htm"_s,
                                      u"xhtml"_s, u"jsonl"_s, u"ndjson"_s};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

FileList CorpusLoader::collectFiles(const QStringList &paths)
{
    FileList list;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            list.missingPaths.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isArticleFile(file))
                    found.append(file);
            }
            // Plain code-point order of the path: stable across machines and
            // locales, which a "stable order" contract needs.
            std::sort(found.begin(), found.end());
            list.files.append(found);
        } else {
            list.files.append(path);
        }
    }
    return list;
}

FileLoadResult CorpusLoader::loadFile(const QString &path)
{
    FileLoadResult result;
    result.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append(Issue::error(path, tr("cannot open: %1").arg(file.errorString())));
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.issues.append(Issue::error(path, tr("file too large (%1 MB; the limit is %2 MB)")
                                                    .arg(file.size() / (1024 * 1024))
                                                    .arg(MaxFileSize / (1024 * 1024))));
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.issues.append(Issue::error(path, tr("read error: %1").arg(file.errorString())));
        return result;
    }

    Text::DecodedText decoded = Text::TextDecoder::decode(bytes, path);
    result.issues = decoded.issues;
    if (!decoded.ok())
        return result;

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s) {
        JsonlResult jsonl = JsonlReader::read(decoded.text, path);
        result.issues.append(jsonl.issues);
        for (Article &article : jsonl.articles) {
            article.encoding = decoded.encoding;
            ArticleParser::parse(article);
            result.articles.append(std::move(article));
        }
        return result;
    }

    Article article;
    article.file = path;
    article.encoding = decoded.encoding;
    article.issues = decoded.issues;
    const bool html = suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s ||
                      HtmlExtractor::looksLikeHtml(decoded.text);
    if (html) {
        HtmlDocument doc = HtmlExtractor::extract(decoded.text);
        article.text = std::move(doc.text);
        article.title = doc.title;
        article.dateline = doc.dateline;
        article.url = doc.url;
        article.source = doc.source;
    } else {
        article.text = std::move(decoded.text);
    }
    ArticleParser::parse(article);
    result.articles.append(std::move(article));
    return result;
}

QList<FileLoadResult> CorpusLoader::loadFiles(const QStringList &files,
                                              const std::function<void(qsizetype)> &progress,
                                              const std::atomic_bool *cancel)
{
    // Batches bound the memory in flight and give progress and cancel points.
    constexpr qsizetype BatchSize = 64;
    QList<FileLoadResult> results;
    results.reserve(files.size());
    for (qsizetype start = 0; start < files.size(); start += BatchSize) {
        if (cancel && cancel->load())
            break;
        const QStringList batch = files.mid(start, BatchSize);
        results.append(QtConcurrent::blockingMapped<QList<FileLoadResult>>(batch, &loadFile));
        if (progress)
            progress(results.size());
    }
    qCDebug(lcCorpus) << "loaded" << results.size() << "of" << files.size() << "files";
    return results;
}

} // namespace Marsad::Corpus

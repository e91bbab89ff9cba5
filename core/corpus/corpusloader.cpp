#include "corpusloader.h"

#include "articleparser.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "logging.h"
#include "textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {

bool CorpusLoader::isArticleFile(const QString &fileName)
{
    static const QStringList suffixes{u"txt"_s,   u"text"_s,  u"html"_s,  u"htm"_s,
                                      u"xhtml"_s, u"jsonl"_s, u"ndjson"_s};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

namespace {

// Every entry of a folder tree whose name has an article suffix, whatever it is
// (loadFile() says what is wrong with it), and the folders that cannot be
// listed. Symbolic links to folders are followed; \a visited holds canonical
// folder paths so that a link loop or a second link to a folder reads it once.
void collectFolder(const QString &root, QSet<QString> &visited, QStringList &found)
{
    QStringList pending{root};
    visited.insert(QFileInfo(root).canonicalFilePath());
    while (!pending.isEmpty()) {
        const QString folder = pending.takeLast();
        // readdir, not QDirIterator: Qt silently leaves out names that are not
        // valid UTF-8, and those must be listed too.
        DIR *dir = ::opendir(QFile::encodeName(folder).constData());
        if (!dir) {
            found.append(folder); // loadFile() reports it: "cannot read the folder"
            continue;
        }
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            const QString decoded = QFile::decodeName(name);
            const QString path = folder + u'/' + decoded;
            if (QFile::encodeName(decoded) != name) {
                // Cannot be opened by a QString path: listed, loadFile() says why.
                if (CorpusLoader::isArticleFile(decoded))
                    found.append(path);
                continue;
            }
            const QFileInfo info(path);
            if (info.isDir()) {
                const QString canonical = info.canonicalFilePath();
                if (canonical.isEmpty() || visited.contains(canonical)) {
                    qCDebug(lcCorpus) << "already read:" << path;
                    continue;
                }
                visited.insert(canonical);
                pending.append(path);
            } else if (CorpusLoader::isArticleFile(decoded)) {
                found.append(path);
            }
        }
        ::closedir(dir);
    }
}

// Qt resource paths (":/corpus", the bundled sample) have no file descriptor:
// they are read through Qt, and are ours, so trusted.
bool isResource(const QString &path)
{
    return path.startsWith(u":/"_s) || path.startsWith(u"qrc:"_s);
}

void collectResourceFolder(const QString &root, QStringList &found)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (CorpusLoader::isArticleFile(file))
            found.append(file);
    }
}

std::optional<QByteArray> readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CorpusLoader::tr("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// What a path that is not a regular file is, for the error message.
QString fileKind(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return CorpusLoader::tr("not a regular file");
    if (S_ISFIFO(st.st_mode))
        return CorpusLoader::tr("a named pipe (FIFO), not a regular file");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return CorpusLoader::tr("a device, not a regular file");
    if (S_ISSOCK(st.st_mode))
        return CorpusLoader::tr("a socket, not a regular file");
    return CorpusLoader::tr("not a regular file");
}

// Why \a path cannot be read as a file, or an empty string when it is a
// regular file. Decided from metadata, before anything is opened: opening a
// FIFO would block.
QString unreadableReason(const QString &path, const QFileInfo &info)
{
    if (info.isSymLink() && !info.exists())
        return CorpusLoader::tr("dangling symbolic link (to %1)").arg(info.symLinkTarget());
    if (!info.exists()) {
        if (path.contains(QChar::ReplacementCharacter))
            return CorpusLoader::tr("the file name is not valid UTF-8, so it cannot be opened; "
                                    "rename the file");
        return CorpusLoader::tr("no such file");
    }
    if (info.isDir()) {
        if (DIR *dir = ::opendir(QFile::encodeName(path).constData())) {
            ::closedir(dir);
            return CorpusLoader::tr("a folder, not a file");
        }
        return CorpusLoader::tr("cannot read the folder: %1").arg(qt_error_string(errno));
    }
    if (!info.isFile())
        return fileKind(path);
    return {};
}

// At most MaxFileSize + 1 bytes of a regular file. The descriptor is opened
// non-blocking and checked again, so a FIFO put in the file's place after
// unreadableReason() cannot hang the load.
std::optional<QByteArray> readBounded(const QString &path, QString *error)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = CorpusLoader::tr("cannot open: %1").arg(qt_error_string(errno));
        return std::nullopt;
    }
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = fileKind(path);
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = CorpusLoader::tr("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    constexpr qint64 Limit = CorpusLoader::MaxFileSize;
    constexpr qint64 Chunk = qint64(1) << 20;
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(qint64(st.st_size), Limit) + 1));
    // Read until the end, not to the size stat gave: the file may grow.
    while (bytes.size() <= Limit) {
        const QByteArray chunk = file.read(std::min(Chunk, Limit + 1 - bytes.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *error = CorpusLoader::tr("read error: %1").arg(file.errorString());
                return std::nullopt;
            }
            break;
        }
        bytes.append(chunk);
    }
    if (bytes.size() > Limit) {
        const qint64 size = std::max<qint64>(qint64(st.st_size), bytes.size());
        *error = CorpusLoader::tr("file too large (%1 MB; the limit is %2 MB)")
                     .arg(size / (1024 * 1024))
                     .arg(Limit / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

} // namespace

FileList CorpusLoader::collectFiles(const QStringList &paths)
{
    FileList list;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            list.missingPaths.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QSet<QString> visited;
            if (isResource(path))
                collectResourceFolder(path, found);
            else
                collectFolder(path, visited, found);
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
    QString error;
    std::optional<QByteArray> read;
    if (isResource(path)) {
        read = readResource(path, &error);
    } else {
        error = unreadableReason(path, QFileInfo(path));
        if (error.isEmpty())
            read = readBounded(path, &error);
    }
    if (!read) {
        result.issues.append(Issue::error(path, error));
        return result;
    }
    const QByteArray bytes = *std::move(read);

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
        for (const QString &warning : std::as_const(doc.warnings)) {
            const Issue issue = Issue::warning(path, warning);
            article.issues.append(issue);
            result.issues.append(issue);
        }
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

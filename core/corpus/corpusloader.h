// Turns paths given by the user into articles: finds the files (folders
// recursively, in a stable order), reads and decodes each one, and reports
// every file that could not be used without stopping the others.
#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Marsad::Corpus {

/// What reading one file produced: its articles (one for plain text, many for
/// JSONL) and its problems. A file that failed has no articles and an error.
struct FileLoadResult
{
    QString file;
    QList<Article> articles;
    Issues issues;
};

/// The files to read, in order, and the paths that do not exist.
struct FileList
{
    QStringList files;
    QStringList missingPaths;
};

class CorpusLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Corpus::CorpusLoader)
public:
    /// Files larger than this are refused with an error (and listed); at most
    /// this many bytes plus one are ever read. 64 MB is what the whole pipeline
    /// (decode, structure, entities, dates) is tested to handle in linear time
    /// and bounded memory (tests/hostile); a real news article is < 1 MB.
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;

    /// Expands \a paths in the order given; a folder contributes its article
    /// files (see isArticleFile) recursively, sorted by path. An explicitly named
    /// file is always taken, whatever its extension. Nothing with an article
    /// suffix is dropped here: FIFOs, dangling links, unreadable files and
    /// folders, undecodable names are all listed, and loadFile() says why they
    /// cannot be read. Symbolic links to folders are followed, each real folder
    /// once (a link loop ends there).
    static FileList collectFiles(const QStringList &paths);

    /// True for file names a folder scan picks up (.txt, .html, .jsonl, ...).
    static bool isArticleFile(const QString &fileName);

    /// Reads and decodes one file. Never throws, never blocks on a FIFO or a
    /// device (only regular files are opened, and at most MaxFileSize + 1 bytes
    /// read); problems go to issues.
    static FileLoadResult loadFile(const QString &path);

    /// Reads \a files in parallel, keeping their order. \a progress is called
    /// from the calling thread after each batch with the number of files done;
    /// setting \a cancel stops after the current batch.
    static QList<FileLoadResult> loadFiles(const QStringList &files,
                                           const std::function<void(qsizetype)> &progress = {},
                                           const std::atomic_bool *cancel = nullptr);
};

} // namespace Marsad::Corpus

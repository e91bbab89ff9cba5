// The analysis store: what the analysis found, kept so that re-opening a
// corpus reads instead of recomputing (DESIGN.md §7).
//
// AnalysisStore is a handle (a file and how to open it) that any thread may
// hold; StoreConnection is one Qt SQL connection, used only by the thread that
// made it (Qt SQL connections are per thread). The SQLite file is in WAL mode,
// so viewers and command lines may read it together.
//
// Old results do not pile up: the corpus-level results of the KeepCorpora
// most recently used sets of files are kept, and an analyser key unused for
// KeepUnusedAnalyserDays loses its results.
//
// Tables (portable SQL: the same schema runs on PostgreSQL; only the PRAGMAs
// and the binary column type depend on the driver):
//   marsad_meta            key → value: the schema version, the application
//   marsad_analysers       analyser key → when it was last used
//   marsad_file_stamps     path → size, mtime, ctime, inode, content hash: an
//                          unchanged file is recognised from stat alone
//   marsad_file_results    (content hash, format, analyser key) → one file's
//                          results (ResultCodec); a touched file whose content
//                          is the same still finds them by its hash
//   marsad_corpus_runs     (corpus hash, analyser key) → article and chunk count
//   marsad_corpus_results  (corpus hash, analyser key, chunk) → the corpus-level
//                          time results, in chunks; the corpus hash covers the
//                          ordered (path, content hash) of every file
//
// A bad store never stops an analysis: a corrupt, truncated, foreign or newer
// file is set aside (renamed "….broken-<UTC time>") and rebuilt; a locked or
// read-only one is bypassed for the run. Each case leaves a warning Issue
// whose file is the store's path.
#pragma once

#include "filestamp.h"
#include "issue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;
class QSqlError;

namespace Marsad::Store {

class StoreConnection;

class AnalysisStore final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Store::AnalysisStore)
public:
    /// The schema this build writes; a store with another is set aside.
    static constexpr int SchemaVersion = 1;
    /// Corpus-level results kept: the most recently used sets of files.
    static constexpr int KeepCorpora = 8;
    /// Results of an analyser (a build, a gazetteer, a language) unused this
    /// long are dropped when the store is opened.
    static constexpr int KeepUnusedAnalyserDays = 30;

    /// QStandardPaths::AppLocalDataLocation + "/analysis.sqlite".
    static QString defaultPath();

    /// A store in the SQLite file \a path (created on first use, with its folder).
    explicit AnalysisStore(QString path = defaultPath());

    const QString &path() const { return m_path; }

    /// How long a statement waits for another writer before the store is
    /// bypassed for the run (milliseconds).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    int busyTimeout() const { return m_busyTimeoutMs; }
    /// Opens the file read-only, as a read-only file or folder would (tests:
    /// permissions do not stop root). The store is then bypassed.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    /// A connection for the calling thread, for results of \a analyserKey.
    /// Never null; when the store cannot be used it is bypassed (isUsable()
    /// false, every lookup misses, writes are dropped) and says why in issues().
    std::unique_ptr<StoreConnection> connect(const QString &analyserKey) const;

private:
    QString m_path;
    int m_busyTimeoutMs = 250;
    bool m_readOnly = false;
};

/// One file's results to keep: its stamp always, its results when blob is set.
struct FileWrite
{
    QString path;
    FileStamp stamp;        ///< Invalid: no stamp kept (a Qt resource).
    QByteArray contentHash; ///< Raw SHA-256.
    QString format;         ///< What decides the reader: the file's suffix.
    QByteArray blob;        ///< ResultCodec::encodeFile; empty: the stamp only.
};

class StoreConnection final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Store::AnalysisStore)
public:
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    /// False when the store is bypassed for this run.
    bool isUsable() const { return m_usable; }
    const QString &path() const { return m_path; }
    const QString &analyserKey() const { return m_key; }
    /// Warnings about the store itself (set aside, bypassed); taken once.
    Issues takeIssues();

    /// The content hash recorded for \a path when its stamp is still \a stamp.
    std::optional<QByteArray> stampedHash(const QString &path, const FileStamp &stamp);
    /// The results of a file with this content and format; empty when none.
    QByteArray fileResult(const QByteArray &contentHash, const QString &format);
    /// Keeps stamps and results, in one transaction.
    bool putFiles(const QList<FileWrite> &writes);

    /// The chunks of the corpus-level results for \a corpusHash, when complete
    /// and for \a articles articles; nothing otherwise.
    std::optional<QList<QByteArray>> corpusResult(const QByteArray &corpusHash, qsizetype articles);
    /// Replaces them, all chunks in one transaction (never a partial set).
    bool putCorpusResult(const QByteArray &corpusHash, qsizetype articles,
                         const QList<QByteArray> &chunks);

private:
    friend class AnalysisStore;
    StoreConnection(const AnalysisStore &store, const QString &analyserKey);

    enum class Failure
    {
        Broken, ///< Not a store of ours, or damaged: set aside and rebuild.
        Bypass  ///< Locked, read-only, no driver…: leave it alone this run.
    };
    void open();
    bool openDatabase(QString *error);
    void closeDatabase();
    /// Checks the file and the schema; creates it in a new file.
    std::optional<Failure> prepare(QString *why);
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    /// What to do after a failed statement.
    void failed(const QSqlError &error);
    /// Sets aside or bypasses the store after a failed statement; called by
    /// the public functions once their queries are gone.
    void settle();
    bool writeFiles(const QList<FileWrite> &writes);
    std::optional<QList<QByteArray>> readCorpus(const QByteArray &corpusHash, qsizetype articles);
    bool writeCorpus(const QByteArray &corpusHash, qsizetype articles,
                     const QList<QByteArray> &chunks);
    bool pruneCorpora(const QString &keep);
    void setAside(const QString &why);
    void bypass(const QString &why);
    QString blobType() const;

    QString m_path;
    QString m_key;
    QString m_connectionName;
    int m_busyTimeoutMs = 250;
    bool m_readOnly = false;
    bool m_usable = false;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_stampQuery; ///< Prepared once: called per file.
    std::unique_ptr<QSqlQuery> m_resultQuery;
    std::optional<Failure> m_failure;
    QString m_failureReason;
    Issues m_issues;
};

} // namespace Marsad::Store

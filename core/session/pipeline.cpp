#include "pipeline.h"

#include "analyserkey.h"
#include "analysisthreadpool.h"
#include "correctionapplier.h"
#include "entityextractor.h"
#include "resultcodec.h"
#include "timeanalyzer.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Marsad::Session {
namespace {

// Shares of the whole job, measured on generated corpora of 10^3–10^4
// articles; only what the progress bar shows depends on them.
constexpr double ReadingShare = 0.15;
constexpr double EntitiesShare = 0.40;
constexpr double DatesShare = 0.30;
constexpr double IndexingShare = 0.15;

class Progress
{
public:
    explicit Progress(const PipelineOptions &options) : m_options(options) {}

    void report(PipelineStage stage, qsizetype done, qsizetype total)
    {
        if (!m_options.progress)
            return;
        double before = 0.0, share = 0.0;
        switch (stage) {
        case PipelineStage::Reading:
            share = ReadingShare;
            break;
        case PipelineStage::Entities:
            before = ReadingShare;
            share = EntitiesShare;
            break;
        case PipelineStage::Dates:
            before = ReadingShare + EntitiesShare;
            share = DatesShare;
            break;
        case PipelineStage::Indexing:
            before = ReadingShare + EntitiesShare + DatesShare;
            share = IndexingShare;
            break;
        }
        const double within = total > 0 ? double(std::min(done, total)) / double(total) : 1.0;
        m_fraction = std::max(m_fraction, before + share * within);
        m_options.progress({stage, done, total, m_fraction});
    }

private:
    const PipelineOptions &m_options;
    double m_fraction = 0.0;
};

bool canceled(const PipelineOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

/// One input file on its way through the pipeline.
struct FileSlot
{
    QString path;
    QString format;          ///< Lower-case suffix: what decides the reader.
    Store::FileStamp stamp;  ///< Before reading; invalid when not a regular file.
    QByteArray contentHash;  ///< Empty: unknown (no store, or unreadable).
    QByteArray blob;         ///< The store's results for it, when it has them.
    bool stampHit = false;   ///< The stored stamp matched: nothing to keep about it.
    bool cached = false;     ///< load and mentions came from the store.
    bool keepResult = false; ///< Analysed here: keep its results.
    bool keepStamp = false;  ///< Its stamp is new or changed.
    bool changedWhileRead = false;
    Corpus::FileLoadResult load;
    QList<QList<Mention>> mentions; ///< When cached.
    QList<QList<quint64>> words;    ///< When cached.
    qsizetype firstArticle = 0;
    qsizetype articleCount = 0;
};

/// Finds what the store knows of a batch of files: by stamp (stat only), else
/// by content hash (read and hashed on the pool).
void lookUp(Store::StoreConnection &store, const QList<FileSlot *> &batch, QThreadPool *pool,
            bool background)
{
    QList<FileSlot *> unknown;
    for (FileSlot *slot : batch) {
        slot->format = QFileInfo(slot->path).suffix().toLower();
        slot->stamp = Store::FileStamp::of(slot->path);
        if (std::optional<QByteArray> hash = store.stampedHash(slot->path, slot->stamp)) {
            slot->stampHit = true;
            slot->contentHash = *std::move(hash);
            slot->blob = store.fileResult(slot->contentHash, slot->format);
        } else if (slot->stamp.isValid() || Store::ContentHash::isResource(slot->path)) {
            unknown.append(slot);
        }
    }
    if (unknown.isEmpty())
        return;
    QtConcurrent::blockingMap(pool, unknown, [background](FileSlot *slot) {
        if (background)
            runThisThreadInBackground();
        if (const std::optional<QByteArray> bytes =
                Store::ContentHash::read(slot->path, Corpus::CorpusLoader::MaxFileSize))
            slot->contentHash = Store::ContentHash::of(*bytes);
    });
    for (FileSlot *slot : std::as_const(unknown)) {
        if (!slot->contentHash.isEmpty()) {
            slot->keepStamp = slot->stamp.isValid();
            slot->blob = store.fileResult(slot->contentHash, slot->format);
        }
    }
}

/// Decodes what the store had, or reads the file; runs on the pool.
void readSlot(FileSlot &slot)
{
    if (!slot.blob.isEmpty()) {
        std::optional<Store::FileResult> stored =
            Store::ResultCodec::decodeFile(slot.blob, slot.path);
        slot.blob = {};
        if (stored) {
            slot.load = std::move(stored->load);
            slot.mentions = std::move(stored->mentions);
            slot.words = std::move(stored->words);
            slot.cached = true;
            return;
        }
    }
    slot.load = Corpus::CorpusLoader::loadFile(slot.path);
    if (slot.contentHash.isEmpty())
        return;
    // The hash is of the bytes read before: kept only when the file did not
    // change in between.
    if (Store::FileStamp::of(slot.path) == slot.stamp) {
        slot.keepResult = true;
    } else {
        slot.contentHash = {};
        slot.keepStamp = false;
        slot.changedWhileRead = true;
    }
}

/// The corpus passes' key: the ordered paths and contents of every file.
QByteArray corpusKey(const QList<FileSlot> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const FileSlot &slot : files) {
        hash.addData(slot.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(slot.contentHash.isEmpty() ? QByteArray("-") : slot.contentHash.toHex());
        hash.addData("\n");
    }
    return hash.result();
}

/// Articles per chunk of the kept corpus results: chunks are decoded in
/// parallel and no blob grows with the corpus.
constexpr qsizetype TimesChunk = 256;

std::optional<QList<Time::ArticleTime>> readTimes(Store::StoreConnection &store,
                                                  const QByteArray &corpusHash, qsizetype articles,
                                                  QThreadPool *pool)
{
    const std::optional<QList<QByteArray>> chunks = store.corpusResult(corpusHash, articles);
    if (!chunks)
        return std::nullopt;
    const QList<std::optional<QList<Time::ArticleTime>>> decoded =
        QtConcurrent::blockingMapped<QList<std::optional<QList<Time::ArticleTime>>>>(
            pool, *chunks, &Store::ResultCodec::decodeTimes);
    QList<Time::ArticleTime> times;
    times.reserve(articles);
    for (const auto &chunk : decoded) {
        if (!chunk)
            return std::nullopt;
        times.append(*chunk);
    }
    if (times.size() != articles)
        return std::nullopt;
    return times;
}

void keepTimes(Store::StoreConnection &store, const QByteArray &corpusHash,
               const QList<Time::ArticleTime> &times, QThreadPool *pool)
{
    QList<qsizetype> starts;
    for (qsizetype start = 0; start < times.size(); start += TimesChunk)
        starts.append(start);
    const QList<QByteArray> chunks =
        QtConcurrent::blockingMapped<QList<QByteArray>>(pool, starts, [&times](qsizetype start) {
            return Store::ResultCodec::encodeTimes(
                std::span(times).subspan(start, std::min(TimesChunk, times.size() - start)));
        });
    store.putCorpusResult(corpusHash, times.size(), chunks);
}

} // namespace

QString Pipeline::stageName(PipelineStage stage)
{
    switch (stage) {
    case PipelineStage::Reading:
        return tr("Reading the files");
    case PipelineStage::Entities:
        return tr("Finding people, places and organisations");
    case PipelineStage::Dates:
        return tr("Dating the articles");
    case PipelineStage::Indexing:
        return tr("Indexing");
    }
    return {};
}

PipelineResult Pipeline::run(const QStringList &paths,
                             std::shared_ptr<const Entities::Gazetteer> gazetteer,
                             const PipelineOptions &options)
{
    QThreadPool *pool = options.pool ? options.pool : analysisThreadPool();
    const bool background = options.background;
    if (background)
        runThisThreadInBackground();
    Progress progress(options);
    PipelineResult result;

    // The store's connection belongs to this thread; workers only code and
    // decode blobs.
    std::unique_ptr<Store::StoreConnection> store;
    const auto storeIssues = [&store, &result, &options] {
        if (!store)
            return;
        Corpus::FileLoadResult r;
        r.file = store->path();
        r.issues = store->takeIssues();
        if (r.issues.isEmpty())
            return;
        if (options.fileRead)
            options.fileRead(r);
        result.issues.append(r.issues);
    };
    if (options.store && gazetteer) {
        store = options.store->connect(Store::AnalyserKey::compute(*gazetteer));
        storeIssues();
    }
    const auto storeUsable = [&store] {
        return store && store->isUsable();
    };

    // Reading: in batches, so that cancel and progress come often.
    const Corpus::FileList list = Corpus::CorpusLoader::collectFiles(paths);
    for (const QString &missing : list.missingPaths) {
        Corpus::FileLoadResult r;
        r.file = missing;
        r.issues.append(
            Issue::error(missing, QCoreApplication::translate("Marsad::Corpus::CorpusLoader",
                                                              "no such file or folder")));
        if (options.fileRead)
            options.fileRead(r);
        result.issues.append(r.issues);
    }
    result.filesFound = list.files.size();
    progress.report(PipelineStage::Reading, 0, list.files.size());
    QList<FileSlot> files(list.files.size());
    QList<Corpus::Article> articles;
    QList<QList<Mention>> mentions;
    QList<QList<quint64>> words; // index keys, found with the mentions
    // Articles whose entities are still to find (not from the store), in order.
    QList<qsizetype> todo;
    bool corpusCacheable = true;
    constexpr qsizetype FileBatch = 32;
    for (qsizetype start = 0; start < list.files.size(); start += FileBatch) {
        if (canceled(options)) {
            result.canceled = true;
            storeIssues();
            return result;
        }
        const qsizetype end = std::min(start + FileBatch, list.files.size());
        QList<FileSlot *> batch;
        for (qsizetype i = start; i < end; ++i) {
            FileSlot &slot = files[i];
            slot.path = list.files.at(i);
            batch.append(&slot);
        }
        if (storeUsable())
            lookUp(*store, batch, pool, background);
        QtConcurrent::blockingMap(pool, batch, [background](FileSlot *slot) {
            if (background)
                runThisThreadInBackground();
            readSlot(*slot);
        });
        for (FileSlot *slot : std::as_const(batch)) {
            if (options.fileRead)
                options.fileRead(slot->load);
            result.issues.append(slot->load.issues);
            if (slot->cached)
                ++result.filesFromStore;
            if (slot->changedWhileRead)
                corpusCacheable = false;
            slot->firstArticle = articles.size();
            slot->articleCount = slot->load.articles.size();
            for (qsizetype a = 0; a < slot->articleCount; ++a) {
                if (!slot->cached)
                    todo.append(articles.size());
                articles.append(std::move(slot->load.articles[a]));
                mentions.append(slot->cached ? std::move(slot->mentions[a]) : QList<Mention>());
                words.append(slot->cached && a < slot->words.size() ? std::move(slot->words[a])
                                                                    : QList<quint64>());
            }
            slot->load.articles = {};
            slot->mentions = {};
            slot->words = {};
        }
        result.filesRead += batch.size();
        progress.report(PipelineStage::Reading, result.filesRead, list.files.size());
    }
    storeIssues();

    // Entities, article by article, for the articles the store did not have;
    // each file is kept as soon as all its articles are done.
    const Entities::EntityExtractor extractor(gazetteer);
    qsizetype nextToKeep = 0; // the first file not yet kept
    const auto keepFiles = [&](qsizetype doneBelow) {
        if (!storeUsable())
            return;
        QList<const FileSlot *> complete;
        for (; nextToKeep < files.size(); ++nextToKeep) {
            const FileSlot &slot = files.at(nextToKeep);
            if (slot.firstArticle + slot.articleCount > doneBelow)
                break;
            if (slot.keepResult || slot.keepStamp)
                complete.append(&slot);
        }
        if (complete.isEmpty())
            return;
        const QList<Store::FileWrite> writes =
            QtConcurrent::blockingMapped<QList<Store::FileWrite>>(
                pool, complete, [&articles, &mentions, &words, background](const FileSlot *slot) {
                    if (background)
                        runThisThreadInBackground();
                    Store::FileWrite w;
                    w.path = slot->path;
                    w.stamp = slot->stamp;
                    w.contentHash = slot->contentHash;
                    w.format = slot->format;
                    if (slot->keepResult) {
                        w.blob = Store::ResultCodec::encodeFile(
                            slot->path, slot->load.issues,
                            std::span(articles).subspan(slot->firstArticle, slot->articleCount),
                            std::span(mentions).subspan(slot->firstArticle, slot->articleCount),
                            std::span(words).subspan(slot->firstArticle, slot->articleCount));
                    }
                    return w;
                });
        store->putFiles(writes);
    };
    constexpr qsizetype ArticleBatch = 64;
    // The index's word keys come from the entity stage's folding, for the
    // index now or for a later open that reads them from the store.
    const bool withWords = options.buildIndex || storeUsable();
    progress.report(PipelineStage::Entities, 0, todo.size());
    for (qsizetype start = 0; start < todo.size(); start += ArticleBatch) {
        if (canceled(options)) {
            result.canceled = true;
            storeIssues();
            return result;
        }
        keepFiles(todo.at(start));
        const QList<qsizetype> batch = todo.mid(start, ArticleBatch);
        using Findings = Entities::EntityExtractor::Findings;
        QList<Findings> found = QtConcurrent::blockingMapped<QList<Findings>>(
            pool, batch, [&extractor, &articles, background, withWords](qsizetype a) {
                if (background)
                    runThisThreadInBackground();
                if (withWords)
                    return extractor.extractWithWords(articles.at(a).text);
                return Findings{extractor.extract(articles.at(a).text), {}};
            });
        for (qsizetype i = 0; i < batch.size(); ++i) {
            mentions[batch.at(i)] = std::move(found[i].mentions);
            words[batch.at(i)] = std::move(found[i].words);
        }
        progress.report(PipelineStage::Entities, start + batch.size(), todo.size());
    }
    keepFiles(articles.size());
    for (FileSlot &slot : files)
        slot.load = {}; // the file issues, kept until now for the store
    storeIssues();

    // Dates: the corpus passes need every article at once. Their results are
    // kept for this exact ordered set of files (paths and contents).
    progress.report(PipelineStage::Dates, 0, articles.size());
    QList<Time::ArticleTime> times;
    QByteArray corpusHash;
    if (storeUsable() && corpusCacheable) {
        corpusHash = corpusKey(files);
        if (std::optional<QList<Time::ArticleTime>> stored =
                readTimes(*store, corpusHash, articles.size(), pool)) {
            times = *std::move(stored);
            result.datesFromStore = true;
        }
    }
    if (!result.datesFromStore) {
        Time::CorpusTimeOptions timeOptions;
        timeOptions.mentions = mentions;
        timeOptions.cancel = options.cancel;
        timeOptions.pool = pool;
        // The passes count several steps per article; the display counts articles.
        timeOptions.progress = [&progress, n = articles.size()](qsizetype done, qsizetype total) {
            progress.report(PipelineStage::Dates, total > 0 ? done * n / total : n, n);
        };
        times = Time::TimeAnalyzer::analyzeCorpus(articles, timeOptions);
        // A canceled pass is incomplete: never kept.
        if (canceled(options)) {
            result.canceled = true;
            storeIssues();
            return result;
        }
        if (storeUsable() && corpusCacheable)
            keepTimes(*store, corpusHash, times, pool);
    }
    storeIssues();
    store.reset(); // closes the connection: the rest needs no store
    if (canceled(options)) {
        result.canceled = true;
        return result;
    }
    progress.report(PipelineStage::Dates, articles.size(), articles.size());

    result.articles.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Analysis::AnalyzedArticle analyzed;
        analyzed.article = std::move(articles[i]);
        analyzed.mentions = std::move(mentions[i]);
        analyzed.words = std::move(words[i]);
        analyzed.time = times.value(i);
        result.articles.append(std::move(analyzed));
    }

    // The analyst's corrections, over the raw results (which the store kept).
    result.gazetteer = gazetteer;
    if (options.keepRawArticles)
        result.rawArticles = result.articles; // shared: copied only where corrected
    if (options.analyst.hasCorrections()) {
        Analyst::ApplyOptions applyOptions;
        applyOptions.pool = pool;
        applyOptions.cancel = options.cancel;
        applyOptions.background = background;
        Analyst::AppliedCorrections applied = Analyst::CorrectionApplier::apply(
            result.articles, options.analyst, gazetteer, applyOptions);
        if (applied.canceled || canceled(options)) {
            result.canceled = true;
            return result;
        }
        result.articles = std::move(applied.articles);
        result.gazetteer = std::move(applied.gazetteer);
        result.correctionIssues = std::move(applied.issues);
        result.anchors = std::move(applied.anchors);
        result.anchorIndex = std::move(applied.anchorIndex);
        result.issues.append(result.correctionIssues);
        if (options.fileRead) {
            // Listed like the files' problems (the command line prints them).
            for (const Issue &issue : std::as_const(result.correctionIssues)) {
                Corpus::FileLoadResult r;
                r.file = issue.file;
                r.issues.append(issue);
                options.fileRead(r);
            }
        }
    }
    if (!options.buildIndex)
        return result;

    progress.report(PipelineStage::Indexing, 0, result.articles.size());
    auto index = std::make_shared<const Index::CorpusIndex>(
        std::move(result.articles), result.gazetteer, options.cancel,
        [&progress](qsizetype done, qsizetype total) {
            progress.report(PipelineStage::Indexing, done, total);
        });
    result.articles = {};
    if (canceled(options)) {
        result.canceled = true;
        return result;
    }
    result.index = std::move(index);
    return result;
}

} // namespace Marsad::Session

#include "pipeline.h"

#include "analysisthreadpool.h"
#include "entityextractor.h"
#include "timeanalyzer.h"

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
    QList<Corpus::Article> articles;
    constexpr qsizetype FileBatch = 32;
    for (qsizetype start = 0; start < list.files.size(); start += FileBatch) {
        if (canceled(options)) {
            result.canceled = true;
            return result;
        }
        const QList<Corpus::FileLoadResult> batch =
            QtConcurrent::blockingMapped<QList<Corpus::FileLoadResult>>(
                pool, list.files.mid(start, FileBatch), [background](const QString &file) {
                    if (background)
                        runThisThreadInBackground();
                    return Corpus::CorpusLoader::loadFile(file);
                });
        for (const Corpus::FileLoadResult &r : batch) {
            if (options.fileRead)
                options.fileRead(r);
            result.issues.append(r.issues);
            articles.append(r.articles);
        }
        result.filesRead += batch.size();
        progress.report(PipelineStage::Reading, result.filesRead, list.files.size());
    }

    // Entities, article by article.
    const Entities::EntityExtractor extractor(gazetteer);
    QList<QList<Mention>> mentions;
    mentions.reserve(articles.size());
    constexpr qsizetype ArticleBatch = 64;
    progress.report(PipelineStage::Entities, 0, articles.size());
    for (qsizetype start = 0; start < articles.size(); start += ArticleBatch) {
        if (canceled(options)) {
            result.canceled = true;
            return result;
        }
        mentions.append(QtConcurrent::blockingMapped<QList<QList<Mention>>>(
            pool, articles.mid(start, ArticleBatch),
            [&extractor, background](const Corpus::Article &a) {
                if (background)
                    runThisThreadInBackground();
                return extractor.extract(a.text);
            }));
        progress.report(PipelineStage::Entities, mentions.size(), articles.size());
    }

    // Dates: the corpus passes need every article at once.
    progress.report(PipelineStage::Dates, 0, articles.size());
    Time::CorpusTimeOptions timeOptions;
    timeOptions.mentions = mentions;
    timeOptions.cancel = options.cancel;
    timeOptions.pool = pool;
    timeOptions.progress = [&progress](qsizetype done, qsizetype total) {
        progress.report(PipelineStage::Dates, done, total);
    };
    const QList<Time::ArticleTime> times = Time::TimeAnalyzer::analyzeCorpus(articles, timeOptions);
    if (canceled(options)) {
        result.canceled = true;
        return result;
    }
    progress.report(PipelineStage::Dates, articles.size(), articles.size());

    result.articles.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Analysis::AnalyzedArticle analyzed;
        analyzed.article = std::move(articles[i]);
        analyzed.mentions = mentions.value(i);
        analyzed.time = times.value(i);
        result.articles.append(std::move(analyzed));
    }
    if (!options.buildIndex)
        return result;

    progress.report(PipelineStage::Indexing, 0, result.articles.size());
    auto index = std::make_shared<const Index::CorpusIndex>(
        std::move(result.articles), gazetteer, options.cancel,
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

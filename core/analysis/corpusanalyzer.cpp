#include "corpusanalyzer.h"

#include "entityextractor.h"

#include <QtConcurrent/QtConcurrentMap>

namespace Marsad::Analysis {

CorpusAnalyzer::CorpusAnalyzer(std::shared_ptr<const Entities::Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{}

QList<AnalyzedArticle> CorpusAnalyzer::analyze(QList<Corpus::Article> articles,
                                               const std::function<void(qsizetype)> &progress,
                                               const std::atomic_bool *cancel) const
{
    const Entities::EntityExtractor extractor(m_gazetteer);
    QList<QList<Mention>> mentions;
    mentions.reserve(articles.size());
    constexpr qsizetype Batch = 128;
    for (qsizetype start = 0; start < articles.size(); start += Batch) {
        if (cancel && cancel->load())
            break;
        const QList<Corpus::Article> batch = articles.mid(start, Batch);
        mentions.append(QtConcurrent::blockingMapped<QList<QList<Mention>>>(
            batch, [&extractor](const Corpus::Article &a) { return extractor.extract(a.text); }));
        if (progress)
            progress(mentions.size());
    }

    Time::CorpusTimeOptions options;
    options.mentions = mentions;
    const QList<Time::ArticleTime> times = Time::TimeAnalyzer::analyzeCorpus(articles, options);

    QList<AnalyzedArticle> result;
    result.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        AnalyzedArticle analyzed;
        analyzed.article = std::move(articles[i]);
        analyzed.mentions = mentions.value(i);
        analyzed.time = times.value(i);
        result.append(std::move(analyzed));
    }
    return result;
}

} // namespace Marsad::Analysis

// Shared by the store tests: a corpus and a store in a temporary folder, and
// pipeline runs with or without the store.
#pragma once

#include "analysisstore.h"
#include "pipeline.h"
#include "resources.h"
#include "storecompare.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Marsad::Tests {

inline std::shared_ptr<const Entities::Gazetteer> bundledGazetteer()
{
    static const auto loaded = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    return loaded.gazetteer;
}

/// A copy of the sample corpus and a store file, both in a temporary folder.
struct StoreFixture
{
    QTemporaryDir temp;
    QString corpus;
    QString storePath;
    std::shared_ptr<Store::AnalysisStore> store;

    StoreFixture()
    {
        REQUIRE(temp.isValid());
        corpus = temp.filePath(QStringLiteral("corpus"));
        REQUIRE(QDir().mkpath(corpus));
        for (const QString &file : sampleCorpusFiles())
            REQUIRE(QFile::copy(file, corpus + u'/' + QFileInfo(file).fileName()));
        storePath = temp.filePath(QStringLiteral("data/analysis.sqlite"));
        store = std::make_shared<Store::AnalysisStore>(storePath);
    }

    QStringList files() const
    {
        QStringList out;
        for (const QFileInfo &info : QDir(corpus).entryInfoList(QDir::Files, QDir::Name))
            out.append(info.filePath());
        return out;
    }
    /// Files set aside as broken.
    QStringList brokenFiles() const
    {
        return QDir(QFileInfo(storePath).path())
            .entryList({QFileInfo(storePath).fileName() + QStringLiteral(".broken-*")},
                       QDir::Files);
    }
};

/// One run of the pipeline without the index, with or without a store.
inline Session::PipelineResult analyse(const QStringList &paths,
                                       std::shared_ptr<const Store::AnalysisStore> store = {},
                                       QThreadPool *pool = nullptr,
                                       std::shared_ptr<const Entities::Gazetteer> gazetteer = {})
{
    Session::PipelineOptions options;
    options.buildIndex = false;
    options.store = std::move(store);
    options.pool = pool;
    return Session::Pipeline::run(paths, gazetteer ? gazetteer : bundledGazetteer(), options);
}

/// Checks that two runs gave the same articles, field by field.
inline void requireSame(const Session::PipelineResult &a, const Session::PipelineResult &b)
{
    ResultDiff diff;
    diff.corpus(a.articles, b.articles);
    diff.issues(QStringLiteral("issues"), a.issues, b.issues);
    INFO("differences: " << diff.differences().join(u' ').toStdString());
    REQUIRE(diff.same());
}

/// The issues about the store itself.
inline Issues storeIssues(const Session::PipelineResult &result, const QString &storePath)
{
    Issues out;
    for (const Issue &issue : result.issues) {
        if (issue.file == storePath)
            out.append(issue);
    }
    return out;
}

/// A run's issues without those about the store (to compare with a run without one).
inline Session::PipelineResult withoutStoreIssues(Session::PipelineResult result,
                                                  const QString &storePath)
{
    result.issues.removeIf([&storePath](const Issue &i) { return i.file == storePath; });
    return result;
}

} // namespace Marsad::Tests

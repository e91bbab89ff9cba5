#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Marsad::Tests {

QString dataPath(const QString &relative)
{
    return QStringLiteral(MARSAD_TEST_DATA_DIR) + u'/' + relative;
}

QString sampleCorpusDir()
{
    return QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/corpus"_s;
}

QStringList sampleCorpusFiles()
{
    QStringList files;
    const QDir dir(sampleCorpusDir());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ProcessResult runMarsad(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARSAD_BINARY), arguments);
    process.waitForFinished(120000);
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Marsad::Tests

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

#include "corpusindex.h"
#include "corpusjob.h"
#include "pipeline.h"
#include "resources.h"

#include <QFileInfo>

namespace Marsad::Tests {

const QList<Analysis::AnalyzedArticle> &analyzedSampleCorpus()
{
    static const QList<Analysis::AnalyzedArticle> analyzed = [] {
        // The one pipeline the viewer and the command line run.
        const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
        Session::PipelineOptions options;
        options.buildIndex = false;
        return Session::Pipeline::run({sampleCorpusDir()}, gazetteer.gazetteer, options).articles;
    }();
    return analyzed;
}

std::shared_ptr<const Index::CorpusIndex> sampleIndex()
{
    static const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    return std::make_shared<const Index::CorpusIndex>(analyzedSampleCorpus(), gazetteer.gazetteer);
}

qsizetype sampleRow(const QString &prefix)
{
    const auto &all = analyzedSampleCorpus();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (QFileInfo(all.at(i).article.file).fileName().startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace Marsad::Tests

// Helpers shared by the tests: paths of the fixtures and the sample corpus.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <ostream>

namespace Marsad::Tests {

/// tests/data/<relative>
QString dataPath(const QString &relative);
/// resources/corpus, the bundled sample corpus on disk.
QString sampleCorpusDir();
/// The files of the sample corpus, sorted.
QStringList sampleCorpusFiles();
QByteArray readFile(const QString &path);

/// Runs the real marsad binary; returns exit code, stdout and stderr.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runMarsad(const QStringList &arguments);

/// How much slower per byte this machine works on 8 MB than on 1 MB in a plainly
/// linear pass (caches), in [1, 1.5]: the complexity tests divide growth by it.
double memoryPenalty();

} // namespace Marsad::Tests

// Lets Catch2 print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &value);

namespace Marsad::Index {
class CorpusIndex;
}
namespace Marsad::Analysis {
struct AnalyzedArticle;
}

namespace Marsad::Tests {
/// The bundled sample corpus, loaded and analysed once for all tests.
const QList<Analysis::AnalyzedArticle> &analyzedSampleCorpus();
/// An index over a fresh copy of it.
std::shared_ptr<const Index::CorpusIndex> sampleIndex();
/// Row of the sample whose file name starts with \a prefix ("002").
qsizetype sampleRow(const QString &prefix);
} // namespace Marsad::Tests

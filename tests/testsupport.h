// Helpers shared by the tests: paths of the fixtures and the sample corpus.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

} // namespace Marsad::Tests

// Lets Catch2 print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &value);

#include "wholefilewriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Marsad {

bool WholeFileWriter::write(const QString &path, const QByteArray &bytes, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    // QSaveFile replaces the destination by renaming a temporary file over it:
    // right for a file, wrong for a device or a pipe given as the output.
    if (const QFileInfo target(path); target.exists() && !target.isFile())
        return fail(tr("not a regular file"));
    // Unbuffered: each write reaches the system at once and its error is kept
    // (an error while Qt flushes its buffer in commit() would go unnoticed).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    // A short write is retried: the retry fails with the system's reason
    // (a full disk), which the short write alone does not give.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size() || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError
                                ? file.errorString()
                                : tr("only %1 of %2 bytes written").arg(written).arg(bytes.size());
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Marsad

#include "benchsupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Marsad::Bench {

QString repeatedSampleText(int megabytes)
{
    QString unit;
    const QDir dir(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/corpus"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            unit += QString::fromUtf8(file.readAll()) + u'\n';
    }
    const qsizetype unitBytes = unit.toUtf8().size();
    const qsizetype repeats =
        std::max<qsizetype>(1, (qsizetype(megabytes) * 1024 * 1024) / unitBytes + 1);
    return unit.repeated(repeats);
}

double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace Marsad::Bench

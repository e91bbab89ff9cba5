#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Marsad::Bench {

QStringList reshuffledSampleTexts(int megabytes)
{
    QList<QStringList> samples;
    const QDir dir(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/corpus"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            samples.append(QString::fromUtf8(file.readAll()).split(u'\n'));
    }
    QRandomGenerator rng(11);
    QStringList out;
    qint64 bytes = 0;
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    for (int k = 0; bytes < target && !samples.isEmpty(); ++k) {
        QStringList lines = samples.at(k % samples.size());
        for (qsizetype i = lines.size() - 1; i > 1; --i) // keep the head, shuffle the rest
            lines.swapItemsAt(i, 1 + rng.bounded(int(i)));
        lines.removeIf([&rng](const QString &) { return rng.bounded(5) == 0; });
        out.append(lines.join(u'\n'));
        bytes += out.last().toUtf8().size();
    }
    return out;
}

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

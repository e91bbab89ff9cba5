#include "syntheticcorpus.h"

#include "benchsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Marsad::Bench {

qint64 writeSyntheticCorpus(const QString &folder, int count, quint32 seed)
{
    QStringList sentences;
    static const QRegularExpression splitter(u"(?<=[.؟!])\\s+|\\n+"_s);
    for (const QString &s : repeatedSampleText(0).split(splitter, Qt::SkipEmptyParts)) {
        if (s.size() > 40)
            sentences.append(s.trimmed());
    }
    sentences.removeDuplicates();
    QDir().mkpath(folder);
    QRandomGenerator rng(seed);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QString text = sentences.at(rng.bounded(int(sentences.size()))) + u'\n';
        if (rng.bounded(10) < 3) {
            const QDate date = QDate(2020, 9, 27).addDays(rng.bounded(60));
            text += date.toString(Qt::ISODate) + u"T12:00:00+03:00\n"_s;
        }
        const int length = int(rng.bounded(8, 24));
        for (int s = 0; s < length; ++s)
            text += sentences.at(rng.bounded(int(sentences.size()))) + u'\n';
        QFile file(folder + u"/synthetic_%1.txt"_s.arg(i, 7, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            bytes += file.write(text.toUtf8());
    }
    return bytes;
}

} // namespace Marsad::Bench

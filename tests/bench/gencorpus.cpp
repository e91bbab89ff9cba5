// marsad-gencorpus OUTDIR COUNT [--seed N] [--aliases FILE] [--truth FILE]:
// writes the synthetic corpus for scale tests; --aliases also writes the
// gazetteer's spellings, one per line (the pattern list of the grep -F
// yardstick); --truth the day each article was published (file, index in
// file, date), to measure the dating against.
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    quint32 seed = 7;
    QString aliases;
    QString truthPath;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--seed"_s && i + 1 < args.size())
            seed = args.at(++i).toUInt();
        else if (args.at(i) == u"--aliases"_s && i + 1 < args.size())
            aliases = args.at(++i);
        else if (args.at(i) == u"--truth"_s && i + 1 < args.size())
            truthPath = args.at(++i);
        else
            positional.append(args.at(i));
    }
    bool ok = false;
    const int count = positional.size() == 2 ? positional.at(1).toInt(&ok) : 0;
    if (!ok || count < 0) {
        std::fprintf(stderr, "usage: marsad-gencorpus OUTDIR COUNT [--seed N] [--aliases FILE] "
                             "[--truth FILE]\n");
        return 2;
    }
    QFile truth(truthPath);
    if (!truthPath.isEmpty() && !truth.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "marsad-gencorpus: cannot write %s\n", qPrintable(truthPath));
        return 1;
    }
    const qint64 bytes = Marsad::Bench::writeSyntheticCorpus(
        positional.at(0), count, seed, truthPath.isEmpty() ? nullptr : &truth);
    if (bytes < 0) {
        std::fprintf(stderr,
                     "marsad-gencorpus: cannot read the templates or the gazetteer, or "
                     "cannot write to %s\n",
                     qPrintable(positional.at(0)));
        return 1;
    }
    if (!aliases.isEmpty() && !Marsad::Bench::writeGazetteerAliases(aliases)) {
        std::fprintf(stderr, "marsad-gencorpus: cannot write %s\n", qPrintable(aliases));
        return 1;
    }
    std::printf("%lld bytes written\n", static_cast<long long>(bytes));
    return 0;
}

// marsad-gencorpus OUTDIR COUNT [--seed N] [--aliases FILE]: writes the
// synthetic corpus for scale tests; --aliases also writes the gazetteer's
// spellings, one per line (the pattern list of the grep -F yardstick).
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    quint32 seed = 7;
    QString aliases;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--seed"_s && i + 1 < args.size())
            seed = args.at(++i).toUInt();
        else if (args.at(i) == u"--aliases"_s && i + 1 < args.size())
            aliases = args.at(++i);
        else
            positional.append(args.at(i));
    }
    bool ok = false;
    const int count = positional.size() == 2 ? positional.at(1).toInt(&ok) : 0;
    if (!ok || count < 0) {
        std::fprintf(stderr, "usage: marsad-gencorpus OUTDIR COUNT [--seed N] [--aliases FILE]\n");
        return 2;
    }
    const qint64 bytes = Marsad::Bench::writeSyntheticCorpus(positional.at(0), count, seed);
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

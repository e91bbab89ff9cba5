// marsad-gencorpus OUTDIR COUNT: writes a synthetic corpus for scale tests.
#include "syntheticcorpus.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: marsad-gencorpus OUTDIR COUNT\n");
        return 2;
    }
    const qint64 bytes =
        Marsad::Bench::writeSyntheticCorpus(QString::fromLocal8Bit(argv[1]), std::atoi(argv[2]));
    std::printf("%lld bytes written\n", static_cast<long long>(bytes));
    return 0;
}

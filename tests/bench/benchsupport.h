// Shared by the benchmarks: a large input made by repeating the sample corpus.
#pragma once

#include <QString>
#include <QStringList>

namespace Marsad::Bench {

/// The sample corpus concatenated and repeated until it reaches \a megabytes
/// of UTF-8.
QString repeatedSampleText(int megabytes);

/// Texts made from the sample articles with their lines shuffled (the first
/// line kept) and thinned, each different, until they reach \a megabytes of
/// UTF-8: bench_time's worst case for linking, and its timex corpus.
QStringList reshuffledSampleTexts(int megabytes);

/// Peak resident memory of this process in MiB (Linux), or -1.
double peakMemoryMiB();

} // namespace Marsad::Bench

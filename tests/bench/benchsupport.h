// Shared by the benchmarks: a large input made by repeating the sample corpus.
#pragma once

#include <QString>

namespace Marsad::Bench {

/// The sample corpus concatenated and repeated until it reaches \a megabytes
/// of UTF-8.
QString repeatedSampleText(int megabytes);

/// Peak resident memory of this process in MiB (Linux), or -1.
double peakMemoryMiB();

} // namespace Marsad::Bench

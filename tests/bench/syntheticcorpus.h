// A synthetic corpus for scale benchmarks: articles made of sentences drawn
// from the sample corpus, some with a dateline, spread over months.
#pragma once

#include <QString>

namespace Marsad::Bench {

/// Writes \a count articles into \a folder; returns the bytes written.
qint64 writeSyntheticCorpus(const QString &folder, int count, quint32 seed = 7);

} // namespace Marsad::Bench

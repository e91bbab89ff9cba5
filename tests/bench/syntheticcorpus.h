// A synthetic corpus for scale benchmarks and tests: varied Arabic news
// articles built from the templates of tests/bench/syntheticcorpus.json and
// the names of the gazetteer (resources/), dated over the 2020 war and after.
//
// Deterministic for a seed (same seed, same bytes), written as it is made (the
// memory used does not grow with the count), up to millions of articles:
// mostly .txt, some .html and .jsonl files holding several articles each;
// lengths of 0.5–15 KB around a median near 4.5 KB; datelines of several
// outlet styles, relative and explicit dates with matching weekday words, a
// share of undated articles, boilerplate lines, and some passages reprinted
// from one article in another (as agencies' copy is) but far from all.
#pragma once

#include <QIODevice>
#include <QString>

namespace Marsad::Bench {

/// Writes \a count articles into \a folder (subfolders of 1000 articles);
/// returns the bytes written, or -1 when the templates or the gazetteer
/// cannot be read. With \a truth, also writes there one line per article:
/// "FILE<TAB>INDEX<TAB>YYYY-MM-DD|none": the file relative to \a folder, the
/// article's index as the analysis gives it (a JSON Lines file's line number,
/// else 0) and the day it was published (to measure the dating against).
qint64 writeSyntheticCorpus(const QString &folder, int count, quint32 seed = 7,
                            QIODevice *truth = nullptr);

/// Writes every spelling of every gazetteer entity (as written, one per line,
/// each once) to \a path: the pattern list of the `grep -F` yardstick.
bool writeGazetteerAliases(const QString &path);

} // namespace Marsad::Bench

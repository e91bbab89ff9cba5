// The analyser key: one string that changes whenever the analysis could give
// another result, so that a stored result is used only when recomputing it
// would give the same one.
//
// It mixes three things:
//  - analyserSourcesHash(), generated at build time (analyserhash.cmake): the
//    SHA-256 of the sources of core/{common,text,corpus,entities,time,analysis},
//    of the store's coding and the pipeline, and of every resource data file
//    (gazetteer and companions, chronology, boilerplate) and translation
//    catalog. Any edit to the analysing code or its data changes it, with no
//    constant for a developer to forget to bump;
//  - a fingerprint of the gazetteer the run is given (it may be another file
//    than the bundled one), over every entity and alias field;
//  - the language of the messages: Issues carry translated text, so results
//    stored by an Arabic run are not shown to an English one.
#pragma once

#include "gazetteer.h"

#include <QByteArray>
#include <QString>

namespace Marsad::Store {

/// Generated at build time (see the comment above).
const char *analyserSourcesHash();

class AnalyserKey final
{
public:
    /// The key for runs with \a gazetteer in the current language (hex, 64 chars).
    static QString compute(const Entities::Gazetteer &gazetteer);
    /// The same from its parts (tests change one part at a time).
    static QString compute(const QByteArray &sourcesHash, const QByteArray &gazetteerFingerprint,
                           const QString &language);
    /// SHA-256 over every field of every entity and alias.
    static QByteArray gazetteerFingerprint(const Entities::Gazetteer &gazetteer);
    /// What decides the language of Issue messages: the default locale and
    /// what the installed translators make of a message the loader writes.
    static QString messageLanguage();
};

} // namespace Marsad::Store

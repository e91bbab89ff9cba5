// The compact binary form of analysis results, as the store keeps them:
// what one file gave (its articles, their mentions, the file's problems) and
// the corpus-level time results (one Time::ArticleTime per article).
//
// QDataStream at a fixed stream version, zlib-compressed, behind a magic
// number, a kind and a format version: anything else (garbage, truncation, a
// newer format) decodes to nothing and the caller recomputes.
#pragma once

#include "analyzedarticle.h"
#include "corpusloader.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <span>
#include <vector>

namespace Marsad::Store {

/// What reading and analysing one file gave, apart from the corpus passes.
struct FileResult
{
    Corpus::FileLoadResult load;    ///< Articles and problems, file fields = the path.
    QList<QList<Mention>> mentions; ///< Per article of load.articles.
    QList<QList<quint64>> words;    ///< Per article: Text::wordKeys, for the index.
};

class ResultCodec final
{
public:
    /// Bumped whenever the coding changes (the analyser key changes too, since
    /// it hashes this module's sources; the version makes old blobs unreadable
    /// even to a build that forgot to regenerate it).
    static constexpr quint16 Version = 2; // 2: word keys per article

    /// One file's results. The path is not stored: decodeFile() puts the path
    /// it is given wherever the file's own path stood, so a moved or copied
    /// file with the same content reuses them.
    static QByteArray encodeFile(const QString &path, const Issues &fileIssues,
                                 std::span<const Corpus::Article> articles,
                                 std::span<const QList<Mention>> mentions,
                                 std::span<const QList<quint64>> words = {});
    static std::optional<FileResult> decodeFile(const QByteArray &blob, const QString &path);

    /// Corpus-level time results (a slice of them: the store keeps chunks).
    static QByteArray encodeTimes(std::span<const Time::ArticleTime> times);
    static std::optional<QList<Time::ArticleTime>> decodeTimes(const QByteArray &blob);
};

} // namespace Marsad::Store

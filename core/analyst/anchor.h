// Where the analyst's items stand in a corpus, and finding that place again
// after the files changed (issue 15).
//
// An anchor is made once, when the analyst acts (anchorFor). Every later
// analysis finds it again (AnchorIndex::find): the article by the hash of its
// text, else by its file; the span at its offsets when its text is still
// there, else at the occurrence of its text whose surroundings match best.
// What cannot be found is Lost, and the caller reports it: nothing is dropped
// silently.
#pragma once

#include "analystdata.h"
#include "analyzedarticle.h"
#include "article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Marsad::Analyst {

/// Hex SHA-256 of the UTF-8 of the article's decoded text: the article's key.
QByteArray articleKeyOf(const Corpus::Article &article);

/// An anchor on \a span of \a article (an invalid span: the whole article),
/// with the span's text and up to ContextLength characters on each side.
Anchor anchorFor(const Corpus::Article &article, TextSpan span = {});

/// Characters of context kept on each side of a span.
inline constexpr qsizetype ContextLength = 32;

enum class AnchorStatus
{
    Exact, ///< The same article (or file) and the same offsets.
    Moved, ///< Found again elsewhere: the file changed, or the text moved.
    Lost   ///< The article, or the text of the span, is no longer there.
};

/// Where an anchor stands in this corpus.
struct Reanchored
{
    AnchorStatus status = AnchorStatus::Lost;
    qsizetype article = -1; ///< Index into the corpus's articles; -1 when Lost.
    TextSpan span;          ///< Invalid for an article anchor (and when Lost).
    bool isLost() const { return status == AnchorStatus::Lost; }
};

/// Finds anchors in one corpus. Built once per corpus (every article's key
/// is hashed, on the analysis pool); each find() is then O(1) for the article
/// and linear in that article's text for a span. Only reads: any thread.
class AnchorIndex final
{
public:
    AnchorIndex() = default;
    /// \a articles is kept (shared, not copied) for the index's lifetime.
    explicit AnchorIndex(QList<Corpus::Article> articles);
    explicit AnchorIndex(QList<Analysis::AnalyzedArticle> articles);

    qsizetype size() const { return m_keys.size(); }
    const Corpus::Article &article(qsizetype i) const;
    const QByteArray &key(qsizetype i) const { return m_keys.at(i); }

    /// The article of \a anchor: same key first, else the same file and
    /// position in it, else a file of the same name at the same position.
    /// -1 when none. \a sameText is set to whether the key matched.
    qsizetype findArticle(const Anchor &anchor, bool *sameText = nullptr) const;
    /// The article and span of \a anchor in this corpus.
    Reanchored find(const Anchor &anchor) const;

    /// The span of \a anchor in \a text (the article found for it): the old
    /// offsets when the surface is still there with its surroundings, else
    /// the occurrence whose surroundings match best (the nearest to the old
    /// offset among equals), provided they match at least half as much as
    /// they could; else Lost.
    static Reanchored findSpan(const Anchor &anchor, const QString &text, bool sameText);

private:
    void build();

    QList<Corpus::Article> m_plain;
    QList<Analysis::AnalyzedArticle> m_analyzed;
    QList<QByteArray> m_keys;
    QHash<QByteArray, qsizetype> m_byKey;
    QHash<std::pair<QString, int>, qsizetype> m_byFile;
    QHash<std::pair<QString, int>, qsizetype> m_byFileName;
};

} // namespace Marsad::Analyst

#include "anchor.h"

#include "analysisthreadpool.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace Marsad::Analyst {
namespace {

/// Characters that \a a and \a b share at their ends (before a span).
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

/// Characters that \a a and \a b share at their starts (after a span).
qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

QByteArray articleKeyOf(const Corpus::Article &article)
{
    return QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Anchor anchorFor(const Corpus::Article &article, TextSpan span)
{
    Anchor anchor;
    anchor.articleKey = articleKeyOf(article);
    anchor.file = article.file;
    anchor.indexInFile = article.indexInFile;
    const QString &text = article.text;
    if (!span.isValid() || span.end > text.size())
        return anchor; // the whole article
    anchor.span = span;
    anchor.surface = text.mid(span.start, span.length());
    const qsizetype from = std::max<qsizetype>(0, span.start - ContextLength);
    anchor.before = text.mid(from, span.start - from);
    anchor.after = text.mid(span.end, ContextLength);
    return anchor;
}

AnchorIndex::AnchorIndex(QList<Corpus::Article> articles) : m_plain(std::move(articles))
{
    build();
}

AnchorIndex::AnchorIndex(QList<Analysis::AnalyzedArticle> articles)
    : m_analyzed(std::move(articles))
{
    build();
}

const Corpus::Article &AnchorIndex::article(qsizetype i) const
{
    return m_plain.isEmpty() ? m_analyzed.at(i).article : m_plain.at(i);
}

void AnchorIndex::build()
{
    const qsizetype n = std::max(m_plain.size(), m_analyzed.size());
    QList<qsizetype> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    // Hashing is linear in the corpus: on the pool.
    m_keys = QtConcurrent::blockingMapped<QList<QByteArray>>(
        analysisThreadPool(), rows, [this](qsizetype i) { return articleKeyOf(article(i)); });
    m_byKey.reserve(n);
    m_byFile.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Corpus::Article &a = article(i);
        // The first of several equal texts (a syndicated copy) or names.
        if (!m_byKey.contains(m_keys.at(i)))
            m_byKey.insert(m_keys.at(i), i);
        const std::pair place(a.file, a.indexInFile);
        if (!m_byFile.contains(place))
            m_byFile.insert(place, i);
        const std::pair named(fileNameOf(a.file), a.indexInFile);
        if (!m_byFileName.contains(named))
            m_byFileName.insert(named, i);
    }
}

qsizetype AnchorIndex::findArticle(const Anchor &anchor, bool *sameText) const
{
    const qsizetype byFile = m_byFile.value(std::pair(anchor.file, anchor.indexInFile), -1);
    // The same text at the same place: that one, even when copies of the
    // text stand elsewhere.
    const bool fileSame = byFile >= 0 && m_keys.at(byFile) == anchor.articleKey;
    qsizetype found = fileSame ? byFile : m_byKey.value(anchor.articleKey, -1);
    const bool same = found >= 0;
    if (found < 0)
        found = byFile;
    if (found < 0)
        found = m_byFileName.value(std::pair(fileNameOf(anchor.file), anchor.indexInFile), -1);
    if (sameText)
        *sameText = same;
    return found;
}

Reanchored AnchorIndex::find(const Anchor &anchor) const
{
    bool sameText = false;
    const qsizetype row = findArticle(anchor, &sameText);
    if (row < 0)
        return {};
    if (anchor.isArticle())
        return {sameText ? AnchorStatus::Exact : AnchorStatus::Moved, row, {}};
    Reanchored r = findSpan(anchor, article(row).text, sameText);
    if (!r.isLost())
        r.article = row;
    return r;
}

Reanchored AnchorIndex::findSpan(const Anchor &anchor, const QString &text, bool sameText)
{
    const TextSpan old = anchor.span;
    const QString &surface = anchor.surface;
    const qsizetype length = surface.size();
    if (!old.isValid() || length == 0) {
        // Nothing to search for: only an unchanged text keeps it.
        if (sameText && old.isValid() && old.end <= text.size())
            return {AnchorStatus::Exact, -1, old};
        return {};
    }
    const QStringView view(text);
    const qsizetype possible = anchor.before.size() + anchor.after.size();
    // How well the surroundings of an occurrence at \a at match: the
    // characters in common, or -1 when too few. Half of what could match is
    // enough, or one side whole (the side kept whole, or cut by the text's
    // edge as the occurrence's is): a name that only occurs elsewhere, in
    // another sentence, is not it.
    const auto contextScore = [&](qsizetype at) -> qsizetype {
        const qsizetype from = std::max<qsizetype>(0, at - ContextLength);
        const QStringView before = view.sliced(from, at - from);
        const QStringView after =
            view.sliced(at + length).first(std::min(ContextLength, text.size() - at - length));
        const qsizetype b = commonSuffix(anchor.before, before);
        const qsizetype a = commonPrefix(anchor.after, after);
        const bool beforeWhole = b == anchor.before.size() &&
                                 (b == ContextLength || before.size() == anchor.before.size());
        const bool afterWhole =
            a == anchor.after.size() && (a == ContextLength || after.size() == anchor.after.size());
        const qsizetype score = a + b;
        return beforeWhole || afterWhole || 2 * score >= possible ? score : -1;
    };
    if (old.start + length <= text.size() && view.sliced(old.start, length) == surface &&
        (sameText || contextScore(old.start) >= 0))
        return {AnchorStatus::Exact, -1, {old.start, old.start + length}};

    qsizetype best = -1, bestScore = -1, bestDistance = 0;
    for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        const qsizetype score = contextScore(at);
        const qsizetype distance = std::abs(at - old.start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0 || bestScore < 0)
        return {};
    return {
        best == old.start ? AnchorStatus::Exact : AnchorStatus::Moved, -1, {best, best + length}};
}

} // namespace Marsad::Analyst

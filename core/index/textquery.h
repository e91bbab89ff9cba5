// A text query from the search box, parsed once: every word's folded forms
// with and without clitics, and the entities whose aliases it names, so that
// a search for one spelling of a place (شوشا) also finds the others (شوشة).
#pragma once

#include "gazetteer.h"
#include "mention.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marsad::Index {

class TextQuery final
{
public:
    /// One word of the query; an article matches it when it contains one of
    /// the stems or mentions one of the entities.
    struct Term
    {
        QStringList stems;     ///< Folded word and its clitic-free stems.
        QStringList entityIds; ///< Entities one of whose aliases the query names here.
    };

    TextQuery() = default;
    /// \a gazetteer may be null (no alias expansion).
    TextQuery(const QString &query, const Entities::Gazetteer *gazetteer);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    /// Where the query's words stand in \a text (original offsets, sorted, not
    /// overlapping): words matching a term, and mentions of the terms' entities.
    QList<TextSpan> hits(const QString &text, const QList<Mention> &mentions) const;

private:
    QList<Term> m_terms;
};

} // namespace Marsad::Index

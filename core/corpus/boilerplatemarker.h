// Marks the lines of an article that are not its body: site menus, "read
// more" links, tag lists, image file names, source and credit lines, related-
// article tails, repeated lines and timestamp lines. Marked, never deleted:
// the pane dims them and nothing is lost.
//
// Site furniture is data (resources/boilerplate.json: regular expressions over
// folded lines); what no list can name is a handful of general rules here.
#pragma once

#include "article.h"

#include <QList>
#include <QRegularExpression>

namespace Marsad::Corpus {

class BoilerplateRules final
{
public:
    struct Rule
    {
        QString kind;
        QRegularExpression pattern;
    };

    /// Parses the rules file; on error returns no rules and sets \a error.
    static BoilerplateRules fromJson(const QByteArray &json, QString *error = nullptr);
    /// The bundled rules (resources/boilerplate.json), loaded once.
    static const BoilerplateRules &bundled();

    /// The kind of the first rule matching \a foldedLine, or an empty string.
    QString match(const QString &foldedLine) const;
    qsizetype size() const { return m_rules.size(); }

private:
    QList<Rule> m_rules;
};

class BoilerplateMarker final
{
public:
    explicit BoilerplateMarker(const BoilerplateRules &rules = BoilerplateRules::bundled());

    /// The boilerplate lines of \a text, in order (spans exclude the line's
    /// surrounding whitespace).
    QList<Boilerplate> mark(const QString &text) const;

private:
    const BoilerplateRules &m_rules;
};

} // namespace Marsad::Corpus

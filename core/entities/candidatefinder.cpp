#include "candidatefinder.h"

#include "contextwords.h"

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

constexpr qsizetype TitleReach = 5; // complement tokens between a title and the name
constexpr double CandidateConfidence = 0.5;

class Scanner
{
public:
    Scanner(const Gazetteer &g, const AnalyzedText &text, const QList<ResolvedMention> &known)
        : m_g(g), m_text(text), m_covered(text.tokenCount(), false),
          m_person(text.tokenCount(), false)
    {
        for (const ResolvedMention &r : known) {
            for (qsizetype t = r.firstToken; t <= r.lastToken; ++t) {
                m_covered[t] = true;
                m_person[t] = r.mention.type == EntityType::Person;
            }
        }
    }

    bool covered(qsizetype t) const { return m_covered[t]; }

    // Could token t be part of a name? Function words, verbs, definite words,
    // numbers and known names are not.
    bool nameLike(qsizetype t, EntityType type) const
    {
        if (m_covered[t] || m_text.tokens().at(t).kind != Text::Token::Kind::Word)
            return false;
        const QStringView w = m_text.word(t);
        if (w.size() < 3 || ContextWords::isVerbLike(w) ||
            (ContextWords::isDefinite(w) && !ContextWords::isSurnameLike(w)))
            return false;
        // و is nearly always the conjunction: a new clause or a list, not a
        // name. ف starts many names (فلاديمير، فالييف); فقال is a stop word anyway.
        if (w.startsWith(u'\u0648'))
            return false;
        if (type == EntityType::Place) {
            // Adjectives and nouns with the feminine ending or a pronoun suffix
            // (استراتيجية، حررها) are far likelier than an unknown place name.
            if (w.endsWith(u'\u0647') || w.endsWith(u"\u0647\u0627") || w.endsWith(u"\u0647\u0645"))
                return false;
        }
        if (ContextWords::isStopWord(w) || ContextWords::isTitle(w) ||
            ContextWords::isPlaceWord(w) || ContextWords::isPlacePreposition(w) ||
            ContextWords::isTitleComplement(w) || ContextWords::isPersonMarker(w))
            return false;
        return true;
    }

    // Tokens [first, last] are the start of a known alias: a variant or a
    // truncation of a known name ("ناغورنو قره"), not a new entity.
    bool startsKnownAlias(qsizetype first, qsizetype last) const
    {
        const QList<qsizetype> *aliases = m_g.aliasesStartingWith(m_text.word(first));
        if (!aliases)
            return false;
        for (const qsizetype a : *aliases) {
            const QStringList &tokens = m_g.aliases().at(a).tokens;
            bool prefix = tokens.size() >= last - first + 1;
            for (qsizetype t = first + 1; t <= last && prefix; ++t)
                prefix = tokens.at(t - first) == m_text.word(t);
            if (prefix)
                return true;
        }
        return false;
    }

    // The name starting at token t: up to MaximumTokens name-like tokens
    // joined by single spaces. Returns the last token, or -1.
    qsizetype nameFrom(qsizetype t, EntityType type) const
    {
        if (t >= m_text.tokenCount() || !nameLike(t, type))
            return -1;
        qsizetype last = t;
        const qsizetype maximum = type == EntityType::Place ? CandidateFinder::MaximumPlaceTokens
                                                            : CandidateFinder::MaximumTokens;
        while (last - t + 1 < maximum && m_text.joinedBySpace(last) && nameLike(last + 1, type))
            ++last;
        // A name running straight into a known mention is part of something
        // longer we do not understand; propose nothing.
        if (last + 1 < m_text.tokenCount() && m_text.joinedBySpace(last) && m_covered[last + 1])
            return -1;
        return startsKnownAlias(t, last) ? -1 : last;
    }

    // After a title, skip its complement ("وزير *الخارجية التركي*", "رئيس
    // *أركان الفرقة العاشرة*", an organisation already found) to the name.
    qsizetype nameStartAfterTitle(qsizetype title) const
    {
        qsizetype t = title + 1;
        for (qsizetype steps = 0; steps <= TitleReach && t < m_text.tokenCount(); ++steps, ++t) {
            const bool joined = m_text.joinedBySpace(t - 1) || m_text.joinedByComma(t - 1);
            if (!joined || m_person[t])
                return -1; // the title's person is a known one
            const QStringView w = m_text.word(t);
            const bool complement =
                m_covered[t] || w.startsWith(u"\u0627\u0644") || ContextWords::isTitleComplement(w);
            if (!complement)
                return m_text.joinedBySpace(t - 1) || t - 1 > title ? t : -1;
        }
        return -1;
    }

private:
    const Gazetteer &m_g;
    const AnalyzedText &m_text;
    QList<bool> m_covered;
    QList<bool> m_person;
};

} // namespace

CandidateFinder::CandidateFinder(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{}

QList<ResolvedMention> CandidateFinder::find(const AnalyzedText &text,
                                             const QList<ResolvedMention> &known) const
{
    const Scanner s(*m_gazetteer, text, known);
    QList<ResolvedMention> out;
    for (qsizetype i = 0; i + 1 < text.tokenCount(); ++i) {
        if (s.covered(i))
            continue;
        const QStringView w = text.word(i);
        qsizetype start = -1;
        EntityType type = EntityType::Place;
        if (ContextWords::introducesPlace(w) && text.joinedBySpace(i)) {
            start = i + 1;
        } else if (ContextWords::isTitle(w)) {
            type = EntityType::Person;
            start = s.nameStartAfterTitle(i);
        }
        if (start < 0)
            continue;
        const qsizetype last = s.nameFrom(start, type);
        if (last < 0)
            continue;
        const auto &tokens = text.tokens();
        const TextSpan span = text.originalSpan(tokens.at(start).start, tokens.at(last).end);
        QString folded;
        for (qsizetype t = start; t <= last; ++t)
            folded += (t > start ? u" "_s : QString()) + text.word(t).toString();
        ResolvedMention r;
        r.mention = {u"candidate:"_s + folded,
                     type,
                     span,
                     text.original().sliced(span.start, span.length()),
                     true,
                     CandidateConfidence};
        r.firstToken = start;
        r.lastToken = last;
        out.append(std::move(r));
        i = last;
    }
    return out;
}

} // namespace Marsad::Entities

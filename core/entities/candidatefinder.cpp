#include "candidatefinder.h"

#include "contextwords.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

constexpr qsizetype TitleReach = 5; // complement tokens between a title and the name
constexpr double CandidateConfidence = 0.5;
// An unseen spelling of a known place, found by its consonant skeleton in a
// place context: a match, but a weaker one than an exact spelling.
constexpr double SkeletonConfidence = 0.7;
constexpr qsizetype QuotedReach = 4; // tokens of a quoted outlet name

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
    void cover(qsizetype first, qsizetype last)
    {
        for (qsizetype t = first; t <= last; ++t)
            m_covered[t] = true;
    }

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
        if (commonWord(w) || nisbaOfKnownPlace(w))
            return false;
        if (ContextWords::isStopWord(w) || ContextWords::isTitle(w) ||
            ContextWords::isPlaceWord(w) || ContextWords::isPlacePreposition(w) ||
            ContextWords::isTitleComplement(w) || ContextWords::isPersonMarker(w))
            return false;
        return true;
    }

    // A nisba adjective of a known place: أذربيجاني، أرمنية، روسيين.
    bool nisbaOfKnownPlace(QStringView w) const
    {
        for (const QStringView ending :
             {QStringView(u"\u064A"), QStringView(u"\u064A\u0647"),
              QStringView(u"\u064A\u064A\u0646"), QStringView(u"\u064A\u0648\u0646")}) {
            if (w.size() <= ending.size() + 2 || !w.endsWith(ending))
                continue;
            const QList<qsizetype> *aliases =
                m_g.aliasesStartingWith(w.first(w.size() - ending.size()));
            if (!aliases)
                continue;
            for (const qsizetype a : *aliases) {
                const Alias &alias = m_g.aliases().at(a);
                if (alias.tokens.size() == 1 &&
                    m_g.entityAt(alias.entity).type == EntityType::Place)
                    return true;
            }
        }
        return false;
    }

    // A common word of the language, also behind one proclitic (بيان، وهجوم).
    bool commonWord(QStringView w) const
    {
        if (m_g.isCommonWord(w))
            return true;
        const QChar c = w.isEmpty() ? QChar() : w[0];
        const bool clitic =
            c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644' || c == u'\u0643';
        return clitic && w.size() > 3 && m_g.isCommonWord(w.sliced(1));
    }

    // An outlet's name after a media word or a source line: definite words
    // allowed (الميادين), common words not.
    bool outletLike(qsizetype t) const
    {
        if (t >= m_text.tokenCount() || m_covered[t] ||
            m_text.tokens().at(t).kind != Text::Token::Kind::Word)
            return false;
        const QStringView w = m_text.word(t);
        if (w.size() < 2 || commonWord(w) || ContextWords::isStopWord(w) ||
            ContextWords::isMediaWord(w) || ContextWords::isPlacePreposition(w))
            return false;
        // The article on a common word (التلفزيون، الرسمية) is still common.
        if (w.startsWith(u"\u0627\u0644") && commonWord(w.sliced(2)))
            return false;
        return true;
    }

    // The quoted name opening after token t (قناة "الميادين"): its last token.
    qsizetype quotedFrom(qsizetype t) const
    {
        if (t + 1 >= m_text.tokenCount() || !m_text.gapAfter(t).contains(u'"'))
            return -1;
        for (qsizetype e = t + 1; e < m_text.tokenCount() && e <= t + QuotedReach; ++e) {
            if (m_covered[e])
                return -1;
            const QStringView gap =
                e + 1 < m_text.tokenCount() ? m_text.gapAfter(e) : QStringView();
            if (gap.contains(u'"'))
                return e;
            if (!m_text.joinedBySpace(e))
                return -1;
        }
        return -1;
    }

    // An unquoted outlet name from token t: up to two outlet-like tokens.
    qsizetype outletFrom(qsizetype t) const
    {
        if (!outletLike(t))
            return -1;
        qsizetype last = t;
        if (m_text.joinedBySpace(t) && outletLike(t + 1) &&
            m_text.word(t + 1).startsWith(u"\u0627\u0644"))
            last = t + 1;
        return last;
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

    // A byline's author: a name, and Arabic surnames take the article
    // (سامر الحداد). Up to MaximumTokens tokens, the line's end ends it.
    qsizetype authorFrom(qsizetype t) const
    {
        qsizetype last = nameFrom(t, EntityType::Person);
        if (last < 0)
            return -1;
        // A byline is a line of its own.
        for (qsizetype k = t; k < last; ++k) {
            if (m_text.gapAfter(k).contains(u'\n')) {
                last = k;
                break;
            }
        }
        while (!m_text.gapAfter(last).contains(u'\n') &&
               last - t + 1 < CandidateFinder::MaximumTokens && m_text.joinedBySpace(last) &&
               last + 1 < m_text.tokenCount() && !m_covered[last + 1]) {
            const QStringView w = m_text.word(last + 1);
            if (!w.startsWith(u"\u0627\u0644") || w.size() < 4 || commonWord(w.sliced(2)) ||
                ContextWords::isStopWord(w) ||
                m_text.tokens().at(last + 1).kind != Text::Token::Kind::Word)
                break;
            ++last;
        }
        return last;
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
            // "السفير الروسي في باكو <name>": في or لدى before a known name
            // belongs to the title phrase.
            const bool where = (w == u"\u0641\u064A" || w == u"\u0644\u062F\u064A") &&
                               t + 1 < m_text.tokenCount() && m_covered[t + 1] &&
                               m_text.joinedBySpace(t);
            const bool complement = where || m_covered[t] || w.startsWith(u"\u0627\u0644") ||
                                    ContextWords::isTitleComplement(w);
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
                                             const QList<ResolvedMention> &known,
                                             const QList<PlaceListItem> &lists) const
{
    const Gazetteer &g = *m_gazetteer;
    Scanner s(g, text, known);
    QList<ResolvedMention> out;
    const auto &tokens = text.tokens();
    const auto propose = [&](qsizetype start, qsizetype last, qsizetype skip, EntityType type) {
        const TextSpan span = text.originalSpan(tokens.at(start).start + skip, tokens.at(last).end);
        QString folded;
        for (qsizetype t = start; t <= last; ++t)
            folded += (t > start ? u" "_s : QString()) + text.word(t).sliced(t == start ? skip : 0);
        ResolvedMention r;
        r.mention = {u"candidate:"_s + folded,
                     type,
                     span,
                     text.original().sliced(span.start, span.length()),
                     true,
                     CandidateConfidence};
        // In a place context, an unseen spelling of a known place is that place.
        if (type == EntityType::Place && start == last) {
            const qsizetype place = g.placeBySkeleton(folded);
            if (place >= 0) {
                r.mention.entityId = g.entityAt(place).id;
                r.mention.candidate = false;
                r.mention.confidence = SkeletonConfidence;
            }
        }
        r.firstToken = start;
        r.lastToken = last;
        s.cover(start, last);
        out.append(std::move(r));
    };

    // The items of place lists first: each one a place, known or not.
    for (const PlaceListItem &item : lists) {
        if (item.match >= 0 || s.covered(item.firstToken) || s.covered(item.lastToken))
            continue;
        propose(item.firstToken, item.lastToken, item.skip, EntityType::Place);
    }

    for (qsizetype i = 0; i + 1 < text.tokenCount(); ++i) {
        if (s.covered(i))
            continue;
        const QStringView w = text.word(i);
        const QStringView gap = text.gapAfter(i);
        qsizetype start = -1;
        EntityType type = EntityType::Place;
        const bool source = (w == u"\u0627\u0644\u0645\u0635\u062F\u0631" && gap.contains(u':')) ||
                            (w.startsWith(u"\u0646\u0642\u0644\u0627") && w.size() <= 5);
        if (ContextWords::isOutletWord(w) || source) {
            // قناة "الميادين", وكالة X, المصدر: X, نقلا عن X: an outlet.
            qsizetype from = i;
            if (text.word(i).startsWith(u"\u0646\u0642\u0644\u0627") && i + 2 < text.tokenCount() &&
                text.word(i + 1) == u"\u0639\u0646") {
                from = i + 1; // نقلا عن
            }
            // "المصدر: موقع X": the media word after the source word.
            if (from + 2 < text.tokenCount() && ContextWords::isOutletWord(text.word(from + 1)))
                ++from;
            qsizetype last = s.quotedFrom(from);
            if (last < 0 && (text.joinedBySpace(from) || gap.contains(u':')))
                last = s.outletFrom(from + 1);
            if (last >= 0 && !s.startsKnownAlias(from + 1, last)) {
                propose(from + 1, last, 0, EntityType::Organization);
                i = last;
            }
            continue;
        }
        if (ContextWords::isBylineWord(w) &&
            (gap.contains(u':') || w == u"\u0628\u0642\u0644\u0645")) {
            // بقلم X، كتب: X: the author.
            const qsizetype last = s.authorFrom(i + 1);
            if (last >= 0) {
                propose(i + 1, last, 0, EntityType::Person);
                i = last;
            }
            continue;
        }
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
        propose(start, last, 0, type);
        i = last;
    }
    // The article's own structure: a word it also uses with the article
    // (هجوم … الهجوم، سهوب … السهوب) is a common noun, not a name.
    if (!out.isEmpty()) {
        QSet<QStringView> definite;
        for (qsizetype t = 0; t < text.tokenCount(); ++t) {
            const QStringView w = text.word(t);
            for (const QStringView article :
                 {QStringView(u"\u0627\u0644"), QStringView(u"\u0644\u0644"),
                  QStringView(u"\u0648\u0627\u0644"), QStringView(u"\u0628\u0627\u0644")}) {
                if (w.size() > article.size() + 2 && w.startsWith(article)) {
                    definite.insert(w.sliced(article.size()));
                    break;
                }
            }
        }
        out.removeIf([&](const ResolvedMention &r) {
            if (!r.mention.candidate || r.mention.type == EntityType::Organization)
                return false;
            for (qsizetype t = r.firstToken; t <= r.lastToken; ++t) {
                QStringView w = text.word(t);
                if (t == r.firstToken && w.startsWith(u'\u0648') && !definite.contains(w))
                    w = w.sliced(1);
                if (definite.contains(w))
                    return true;
            }
            return false;
        });
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ResolvedMention &a, const ResolvedMention &b) {
                         return a.firstToken < b.firstToken;
                     });
    return out;
}

} // namespace Marsad::Entities

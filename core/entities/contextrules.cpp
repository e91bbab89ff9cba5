#include "contextrules.h"

#include "contextwords.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

constexpr double Dropped = -1.0;
constexpr double Pending = -2.0;    // needs context, none here: maybe elsewhere in the article
constexpr qsizetype TitleReach = 6; // tokens a title phrase may span before the name
constexpr qsizetype VeryShortName = 3;

bool hasTanween(const AnalyzedText &text, const TextSpan &span)
{
    for (qsizetype i = span.start; i < span.end; ++i) {
        const char16_t c = text.original().at(i).unicode();
        if (c >= 0x064B && c <= 0x064D)
            return true;
    }
    return false;
}

bool hasComma(QStringView gap)
{
    return gap.contains(u',') || gap.contains(u'\u060C');
}

bool startsWithConjunction(const QString &prefix)
{
    return prefix.startsWith(u'\u0648') || prefix.startsWith(u'\u0641');
}

// The clitics hold a preposition (ب ل ك): "بجبرائيل", "لشوشة".
bool prefixIsPreposition(const QString &prefix)
{
    return prefix.contains(u'\u0628') || prefix.contains(u'\u0644') || prefix.contains(u'\u0643');
}

class Context
{
public:
    Context(const Gazetteer &g, const AnalyzedText &text, const QList<AliasMatch> &matches)
        : m_g(g), m_text(text), m_matches(matches), m_owner(text.tokenCount(), -1)
    {
        for (qsizetype k = 0; k < matches.size(); ++k) {
            for (qsizetype t = matches[k].firstToken; t <= matches[k].lastToken; ++t)
                m_owner[t] = k;
        }
    }

    EntityType type(qsizetype k) const { return m_g.entityAt(m_matches[k].entity).type; }

    // The word right before match k, if only a space separates them.
    QStringView wordBefore(qsizetype k) const
    {
        const qsizetype t = m_matches[k].firstToken - 1;
        return t >= 0 && m_text.joinedBySpace(t) ? m_text.word(t) : QStringView();
    }

    bool placeWordBefore(qsizetype k) const { return ContextWords::isPlaceWord(wordBefore(k)); }

    bool prepositionBefore(qsizetype k) const
    {
        return prefixIsPreposition(m_matches[k].prefix) ||
               ContextWords::isPlacePreposition(wordBefore(k));
    }

    bool personMarkerBefore(qsizetype k) const
    {
        const QStringView w = wordBefore(k);
        return ContextWords::isPersonMarker(w) || ContextWords::isTitle(w);
    }

    // A place among places: "فوزولي وجبرائيل وترتر", "ترتر، وبردي".
    bool inListOfPlaces(qsizetype k) const
    {
        const AliasMatch &m = m_matches[k];
        if (k > 0) {
            const AliasMatch &p = m_matches[k - 1];
            if (type(k - 1) == EntityType::Place && p.lastToken == m.firstToken - 1 &&
                m_text.joinedByComma(p.lastToken) &&
                (startsWithConjunction(m.prefix) || hasComma(m_text.gapAfter(p.lastToken))))
                return true;
        }
        if (k + 1 < m_matches.size()) {
            const AliasMatch &n = m_matches[k + 1];
            if (type(k + 1) == EntityType::Place && n.firstToken == m.lastToken + 1 &&
                m_text.joinedByComma(m.lastToken) &&
                (startsWithConjunction(n.prefix) || hasComma(m_text.gapAfter(m.lastToken))))
                return true;
        }
        return false;
    }

    // A title within reach before the name, the title phrase unbroken:
    // "وزير الخارجية التركي مولود جاويش أوغلو".
    bool titleBefore(qsizetype k) const
    {
        const qsizetype first = m_matches[k].firstToken;
        for (qsizetype t = first - 1; t >= 0 && t >= first - TitleReach; --t) {
            const bool joined =
                m_text.joinedBySpace(t) || (t == first - 1 && m_text.joinedByComma(t));
            if (!joined)
                return false;
            const QStringView w = m_text.word(t);
            if (ContextWords::isTitle(w))
                return true;
            if (ContextWords::isStopWord(w))
                return false;
        }
        return false;
    }

    // "جبرائيل حسنوف": the next word is a known person or has a surname's
    // ending (-ov, -yan, -oglu …), so this is a first name. Strong evidence.
    bool surnameAfter(qsizetype k) const
    {
        const qsizetype t = m_matches[k].lastToken + 1;
        if (t >= m_text.tokenCount() || !m_text.joinedBySpace(t - 1))
            return false;
        if (m_owner[t] >= 0)
            return type(m_owner[t]) == EntityType::Person;
        return ContextWords::isSurnameLike(m_text.word(t));
    }

    // The next word could be a name at all: weak evidence, enough to refuse
    // support from elsewhere in the article ("جبرائيل حداد").
    bool nameLikeAfter(qsizetype k) const
    {
        if (surnameAfter(k))
            return true;
        const qsizetype t = m_matches[k].lastToken + 1;
        if (t >= m_text.tokenCount() || !m_text.joinedBySpace(t - 1) || m_owner[t] >= 0)
            return false;
        const QStringView w = m_text.word(t);
        if (m_text.tokens().at(t).kind != Text::Token::Kind::Word || w.size() < 3)
            return false;
        if (ContextWords::isDefinite(w) || ContextWords::isVerbLike(w) || w.startsWith(u'\u0648') ||
            w.endsWith(u'\u0647'))
            return false;
        return !ContextWords::isStopWord(w) && !ContextWords::isPlaceWord(w) &&
               !ContextWords::isPlacePreposition(w) && !ContextWords::isTitle(w);
    }

    // An outlet's name as a credit or a dateline: "(الجزيرة)", a line that
    // starts "الجزيرة - ", "المصدر: الجزيرة".
    bool creditPosition(qsizetype k) const
    {
        const AliasMatch &m = m_matches[k];
        const qsizetype before = m.firstToken - 1;
        const QStringView gapBefore = before >= 0 ? m_text.gapAfter(before) : QStringView();
        const QStringView gapAfter = m_text.gapAfter(m.lastToken); // to the end after the last
        const QStringView tightBefore = gapBefore.trimmed();
        const QStringView tightAfter = gapAfter.trimmed();
        if (m.prefix.isEmpty() && tightBefore.endsWith(u'(') && tightAfter.startsWith(u')'))
            return true;
        const bool lineStart = before < 0 || gapBefore.contains(u'\n');
        return lineStart && m.prefix.isEmpty() &&
               (tightAfter.startsWith(u'-') || tightAfter.startsWith(u'|') ||
                tightAfter.startsWith(u':'));
    }

    bool mediaWordBefore(qsizetype k) const
    {
        const qsizetype t = m_matches[k].firstToken - 1;
        if (t < 0 || m_text.gapAfter(t).contains(u'\n'))
            return false;
        return ContextWords::isMediaWord(m_text.word(t));
    }

private:
    const Gazetteer &m_g;
    const AnalyzedText &m_text;
    const QList<AliasMatch> &m_matches;
    QList<qsizetype> m_owner; // token -> match index
};

} // namespace

ContextRules::ContextRules(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{}

QList<ResolvedMention> ContextRules::apply(const AnalyzedText &text,
                                           const QList<AliasMatch> &original,
                                           const QList<PlaceListItem> &lists) const
{
    const Gazetteer &g = *m_gazetteer;
    // A copy: a match that fails its context may fall back to a shorter reading.
    QList<AliasMatch> matches = original;
    const Context c(g, text, matches);
    QList<double> confidence(matches.size(), Dropped);
    QList<TextSpan> spans(matches.size());
    QList<qsizetype> firstTokens(matches.size());
    QSet<qsizetype> listed;
    for (const PlaceListItem &item : lists) {
        if (item.match >= 0)
            listed.insert(item.match);
    }

    const auto decide = [&](qsizetype k) {
        const AliasMatch &m = matches[k];
        const bool ambiguous = g.aliasNeedsContext(m.alias);
        switch (c.type(k)) {
        case EntityType::Place: {
            // A nisba adjective or adverb with tanween (أمريكيًا، تركيًا) folds
            // like the country; the original keeps the mark.
            if (hasTanween(text, m.span))
                return Dropped;
            const bool placeWord = c.placeWordBefore(k) || listed.contains(k);
            const bool list = c.inListOfPlaces(k);
            const bool preposition = c.prepositionBefore(k);
            const bool personBefore = c.personMarkerBefore(k);
            if (ambiguous) {
                if (personBefore || (c.surnameAfter(k) && !placeWord && !list))
                    return Dropped;
                if (placeWord)
                    return 0.95;
                if (list)
                    return 0.9;
                // A name of three letters (سوس) is too often a word: only a
                // place word or a list makes it a place.
                if (m.span.length() <= VeryShortName)
                    return Pending;
                if (preposition)
                    return 0.8;
                return c.nameLikeAfter(k) ? Dropped : Pending;
            }
            if (personBefore && c.surnameAfter(k) && m.firstToken == m.lastToken) {
                // "الناشطة شوشي أراكيليان": a title, a place-like word, a surname: a
                // person's first name. Dropped; the candidate finder may propose the person.
                return Dropped;
            }
            if (personBefore)
                return 0.6;
            return placeWord || list || preposition ? 0.95 : 0.85;
        }
        case EntityType::Person: {
            const bool title = c.titleBefore(k);
            return ambiguous ? (title ? 0.9 : Pending) : (title ? 0.95 : 0.85);
        }
        case EntityType::Organization:
            return ambiguous ? (c.mediaWordBefore(k) || c.creditPosition(k) ? 0.9 : Pending) : 0.9;
        }
        return Dropped;
    };

    for (qsizetype k = 0; k < matches.size(); ++k) {
        spans[k] = matches[k].span;
        firstTokens[k] = matches[k].firstToken;
        confidence[k] = decide(k);
    }

    // A place right before a person's name is that person's first name
    // ("باكو ساهاكيان"): the person's span grows over it.
    for (qsizetype k = 0; k + 1 < matches.size(); ++k) {
        if (confidence[k] < 0 || c.type(k) != EntityType::Place ||
            c.type(k + 1) != EntityType::Person)
            continue;
        // Only a one-word place before a surname alone: "جمهورية أرمينيا نيكول
        // باشينيان" is a country and a full name.
        if (matches[k].firstToken != matches[k].lastToken ||
            matches[k + 1].firstToken != matches[k + 1].lastToken ||
            matches[k + 1].firstToken != matches[k].lastToken + 1 ||
            !text.joinedBySpace(matches[k].lastToken) ||
            startsWithConjunction(matches[k + 1].prefix))
            continue;
        confidence[k] = Dropped;
        spans[k + 1].start = spans[k].start;
        firstTokens[k + 1] = matches[k].firstToken;
    }

    // One sense per article: an ambiguous alias without local support is kept
    // when the same alias (a place) or the same entity (a person or an
    // organisation) is supported elsewhere in the article.
    QSet<qsizetype> supportedAliases;
    QSet<qsizetype> supportedEntities;
    for (qsizetype k = 0; k < matches.size(); ++k) {
        if (confidence[k] >= 0) {
            supportedAliases.insert(matches[k].alias);
            supportedEntities.insert(matches[k].entity);
        }
    }
    for (qsizetype k = 0; k < matches.size(); ++k) {
        if (confidence[k] != Pending)
            continue;
        const bool byAlias = supportedAliases.contains(matches[k].alias);
        const bool byEntity =
            c.type(k) != EntityType::Place && supportedEntities.contains(matches[k].entity);
        confidence[k] = byAlias || byEntity ? 0.7 : Dropped;
    }

    // A long alias that failed its context check ("روسيا اليوم" without a
    // channel word) leaves the shorter reading ("روسيا"), not nothing.
    for (qsizetype k = 0; k < matches.size(); ++k) {
        AliasMatch &m = matches[k];
        if (confidence[k] >= 0 || m.fallbackAlias < 0)
            continue;
        m.alias = m.fallbackAlias;
        m.entity = g.aliases().at(m.alias).entity;
        m.lastToken = m.fallbackLastToken;
        m.span.end = text.originalSpan(text.tokens().at(m.firstToken).start,
                                       text.tokens().at(m.lastToken).end)
                         .end;
        spans[k] = m.span;
        const double d = decide(k);
        confidence[k] = d == Pending ? Dropped : d;
    }

    QList<ResolvedMention> out;
    for (qsizetype k = 0; k < matches.size(); ++k) {
        if (confidence[k] < 0)
            continue;
        const Entity &e = g.entityAt(matches[k].entity);
        ResolvedMention r;
        r.mention = {e.id,     e.type,
                     spans[k], text.original().sliced(spans[k].start, spans[k].length()),
                     false,    confidence[k]};
        r.firstToken = firstTokens[k];
        r.lastToken = matches[k].lastToken;
        out.append(std::move(r));
    }
    return out;
}

} // namespace Marsad::Entities

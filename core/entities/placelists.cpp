#include "placelists.h"

#include "contextwords.h"

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

constexpr QChar Waw = u'\u0648';

// Characters allowed between two items besides one separator: spaces and
// quotes ("X" و"Y").
bool onlyQuotesAndSpaces(QStringView gap)
{
    for (const QChar c : gap) {
        if (!c.isSpace() && c != u'"' && c != u'\'')
            return false;
    }
    return true;
}

bool isCommaGap(QStringView gap)
{
    qsizetype commas = 0;
    for (const QChar c : gap) {
        if (c == u',' || c == u'\u060C')
            ++commas;
        else if (!c.isSpace() && c != u'"' && c != u'\'')
            return false;
    }
    return commas == 1;
}

bool endsSentence(QStringView gap)
{
    for (const QChar c : gap) {
        if (c == u'.' || c == u'\u061F' || c == u'!' || c == u'\u061B' || c == u';' || c == u'\n' ||
            c == u'(' || c == u')')
            return true;
    }
    return false;
}

} // namespace

bool PlaceLists::nameLike(const Gazetteer &g, const AnalyzedText &text, qsizetype t, qsizetype skip)
{
    if (t >= text.tokenCount() || text.tokens().at(t).kind != Text::Token::Kind::Word)
        return false;
    const QStringView w = text.word(t).sliced(skip);
    if (w.size() < 3 || w.startsWith(u"\u0627\u0644"))
        return false;
    // A nisba adjective agreeing with the place word (قرى أذربيجانية، مدن
    // أرمنية، مناطق جبلية) ends the list; village names of the region do not
    // end like that.
    if (w.endsWith(u"\u064A\u0647") || w.endsWith(u"\u064A\u064A\u0646") ||
        w.endsWith(u"\u064A\u0648\u0646"))
        return false;
    if (g.isCommonWord(w) || g.isCommonWord(text.word(t)))
        return false;
    return !ContextWords::isStopWord(w) && !ContextWords::isPlaceWord(w) &&
           !ContextWords::isPlacePreposition(w) && !ContextWords::isTitle(w) &&
           !ContextWords::isTitleComplement(w) && !ContextWords::isPersonMarker(w);
}

QList<PlaceListItem> PlaceLists::find(const Gazetteer &g, const AnalyzedText &text,
                                      const QList<AliasMatch> &matches)
{
    QList<PlaceListItem> out;
    const qsizetype n = text.tokenCount();
    QList<qsizetype> owner; // token -> match, built only when a list is seen
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!ContextWords::isPluralPlaceWord(text.word(i)))
            continue;
        if (owner.isEmpty()) {
            owner.fill(-1, n);
            for (qsizetype k = 0; k < matches.size(); ++k) {
                for (qsizetype t = matches[k].firstToken; t <= matches[k].lastToken; ++t)
                    owner[t] = k;
            }
        }
        // Where the list starts: after a colon a few words on ("قرى في
        // جبرائيل: …"), or right after the place word ("قرى X وY").
        qsizetype start = -1;
        for (qsizetype k = i; k < n - 1 && k <= i + MaximumHeader; ++k) {
            const QStringView gap = text.gapAfter(k);
            if (gap.contains(u':')) {
                start = k + 1;
                break;
            }
            if (endsSentence(gap))
                break;
        }
        if (start < 0 && onlyQuotesAndSpaces(text.gapAfter(i)) && !text.gapAfter(i).contains(u'\n'))
            start = i + 1;
        if (start < 0)
            continue;

        qsizetype t = start;
        qsizetype skip = 0;
        for (qsizetype items = 0; items < MaximumItems && t < n; ++items) {
            PlaceListItem item;
            item.firstToken = t;
            item.skip = skip;
            if (owner[t] >= 0) {
                const AliasMatch &m = matches[owner[t]];
                if (m.firstToken != t || g.entityAt(m.entity).type != EntityType::Place)
                    break;
                item.lastToken = m.lastToken;
                item.match = owner[t];
            } else if (nameLike(g, text, t, skip)) {
                item.lastToken = t;
                // A quoted name of several words: "قره بولاق".
                if (t > 0 && text.gapAfter(t - 1).contains(u'"')) {
                    for (qsizetype e = t; e < n && e < t + MaximumQuoted; ++e) {
                        if (text.gapAfter(e).contains(u'"')) {
                            item.lastToken = e;
                            break;
                        }
                        if (!text.joinedBySpace(e) || owner[e + 1] >= 0 ||
                            !nameLike(g, text, e + 1, 0))
                            break;
                    }
                }
                // "X العليا": a qualifier after the name is part of it.
                if (t + 1 < n && text.joinedBySpace(t) &&
                    ContextWords::isPlaceQualifier(text.word(t + 1)))
                    item.lastToken = t + 1;
            } else {
                break;
            }
            out.append(item);
            // The separator to the next item: a comma, a و on the next word,
            // or a lone و between quoted names.
            const qsizetype e = item.lastToken;
            if (e + 1 >= n)
                break;
            const QStringView gap = text.gapAfter(e);
            if (isCommaGap(gap)) {
                t = e + 1;
                skip = text.word(t).startsWith(Waw) && !(owner[t] >= 0) ? 1 : 0;
                if (owner[t] >= 0)
                    skip = 0;
                continue;
            }
            if (!onlyQuotesAndSpaces(gap) || gap.contains(u'\n'))
                break;
            const QStringView next = text.word(e + 1);
            if (next == QStringView(u"\u0648") && e + 2 < n &&
                onlyQuotesAndSpaces(text.gapAfter(e + 1))) {
                t = e + 2;
                skip = 0;
            } else if (next.startsWith(Waw) && next.size() > 3) {
                t = e + 1;
                skip = owner[t] >= 0 ? 0 : 1;
            } else {
                break;
            }
        }
    }
    return out;
}

} // namespace Marsad::Entities

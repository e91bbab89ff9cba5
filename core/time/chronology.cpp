#include "chronology.h"

#include "timexextractor.h"
#include "wordkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

constexpr int kWindow = 8; // a trigger's words stand within this many words of each other

QStringList foldedList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(ArabicFolder::foldString(v.toString()).simplified());
    out.removeAll(QString());
    return out;
}

bool isClitic(QChar c)
{
    return c == u'و' || c == u'ف' || c == u'ب' || c == u'ل' || c == u'ك';
}

// QChar::isLetterOrNumber, answered inline for ASCII and the Arabic letters
// and digits folded text is made of (every corpus pass splits every article).
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    if ((u >= 0x0621 && u <= 0x063A) || (u >= 0x0641 && u <= 0x064A) ||
        (u >= 0x0660 && u <= 0x0669))
        return true;
    return c.isLetterOrNumber();
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> Chronology::words(QStringView s)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    out.reserve(s.size() / 5);
    for (qsizetype i = 0; i < s.size();) {
        if (!isWordChar(s.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < s.size() && isWordChar(s.at(j)))
            ++j;
        out.append({i, j});
        i = j;
    }
    return out;
}

QVarLengthArray<QStringView, 8> Chronology::stems(QStringView word)
{
    QVarLengthArray<QStringView, 8> out;
    auto addWithoutArticle = [&out](QStringView w) {
        if (w.size() >= 2)
            out.append(w);
        if (w.startsWith(u"ال") && w.size() >= 5)
            out.append(w.sliced(2));
    };
    addWithoutArticle(word);
    // Up to two proclitics: "وب", "فل"; "لل" stands for "ل" + "ال".
    for (int k = 1; k <= 2 && k < word.size() && isClitic(word.at(k - 1)); ++k) {
        const QStringView rest = word.sliced(k);
        if (rest.size() < 3)
            break;
        addWithoutArticle(rest);
        if (word.at(k - 1) == u'ل' && rest.startsWith(u'ل') && rest.size() >= 4)
            out.append(rest.sliced(1)); // "للجيش" → "جيش"
    }
    return out;
}

const Chronology &Chronology::shipped()
{
    static const Chronology chronology = [] {
        QFile file(u":/chronology.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return Chronology();
        return fromJson(file.readAll());
    }();
    return chronology;
}

Chronology Chronology::fromJson(const QByteArray &json, QString *error)
{
    Chronology c;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return c;
    }
    const QJsonObject root = doc.object();
    const QJsonObject conflict = root.value(u"conflict"_s).toObject();
    c.m_start = QDate::fromString(conflict.value(u"start"_s).toString(), Qt::ISODate);
    c.m_end = QDate::fromString(conflict.value(u"end"_s).toString(), Qt::ISODate);
    c.m_startWords = foldedList(conflict.value(u"start_words"_s));
    c.m_fightingWords = foldedList(conflict.value(u"fighting_words"_s));
    c.m_pendingWords = foldedList(conflict.value(u"pending_words"_s));
    for (const QJsonValue &v : root.value(u"events"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ChronologyEvent e;
        e.id = o.value(u"id"_s).toString();
        e.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        e.label = o.value(u"en"_s).toString();
        for (const QJsonValue &id : o.value(u"entities"_s).toArray())
            e.entityIds.append(id.toString());
        auto keywordsOf = [](const QString &phrase) {
            QStringList keywords;
            for (const auto &[from, to] : words(phrase))
                keywords.append(phrase.mid(from, to - from));
            return keywords;
        };
        for (const QString &trigger : foldedList(o.value(u"triggers"_s))) {
            if (const QStringList keywords = keywordsOf(trigger); !keywords.isEmpty())
                e.triggers.append(keywords);
        }
        // "pending_places": the names of a town whose capture the event is; a
        // pending word near one ("على مشارف شوشة") says it has not fallen yet.
        for (const QString &place : foldedList(o.value(u"pending_places"_s))) {
            for (const QString &word : std::as_const(c.m_pendingWords)) {
                QStringList keywords = keywordsOf(word);
                keywords.append(keywordsOf(place));
                e.pendingTriggers.append(keywords);
            }
        }
        if (e.date.isValid() && !e.triggers.isEmpty())
            c.addEvent(std::move(e));
    }
    return c;
}

void Chronology::addEvent(ChronologyEvent event)
{
    m_events.append(std::move(event));
    index(m_events.size() - 1);
}

void Chronology::index(qsizetype eventIndex)
{
    const ChronologyEvent &e = m_events.at(eventIndex);
    auto add = [&](const QStringList &keywords, bool pending) {
        const qsizetype trigger = m_triggers.size();
        m_triggers.append({eventIndex, int(keywords.size()), pending});
        for (int k = 0; k < keywords.size(); ++k) {
            // A keyword is stored without its article (the data writes no
            // proclitics); a text word matches when one of its stems is that.
            const QString &kw = keywords.at(k);
            const QString bare = kw.startsWith(u"ال") && kw.size() >= 5 ? kw.mid(2) : kw;
            m_keys[Text::wordKey(bare)].append({bare, trigger, k});
        }
    };
    for (const QStringList &keywords : e.triggers)
        add(keywords, false);
    for (const QStringList &keywords : e.pendingTriggers)
        add(keywords, true);
}

QList<ChronologyMatch> Chronology::match(const Text::FoldedText &folded, QStringView original) const
{
    QList<ChronologyMatch> out;
    if (m_events.isEmpty())
        return out;
    const QString &s = folded.text();
    const auto tokens = words(s);
    // lastSeen[trigger][keyword] = the last word position where it matched.
    QList<qsizetype> offsets(m_triggers.size() + 1, 0);
    for (qsizetype t = 0; t < m_triggers.size(); ++t)
        offsets[t + 1] = offsets[t] + m_triggers.at(t).keywords;
    QList<qsizetype> lastSeen(offsets.last(), -kWindow - 1);
    // One match per event reported, and one per event spoken of as pending.
    QList<bool> found(m_events.size(), false), foundPending(m_events.size(), false);
    for (qsizetype w = 0; w < tokens.size(); ++w) {
        const QStringView word =
            QStringView(s).sliced(tokens.at(w).first, tokens.at(w).second - tokens.at(w).first);
        if (word.size() < 2)
            continue;
        for (const QStringView stem : stems(word)) {
            // "للسيطرة على", "لتحرير": ل of purpose makes an aim, not a report.
            QStringView prefix = word.first(stem.data() - word.data());
            if (prefix.endsWith(u"ال"))
                prefix.chop(2);
            if (prefix.endsWith(u'ل'))
                continue;
            const auto it = m_keys.constFind(Text::wordKey(stem));
            if (it == m_keys.cend())
                continue;
            for (const Key &key : *it) {
                if (key.stem != stem)
                    continue;
                lastSeen[offsets.at(key.trigger) + key.keyword] = w;
                const Trigger &trigger = m_triggers.at(key.trigger);
                const qsizetype event = trigger.event;
                const int count = trigger.keywords;
                QList<bool> &matched = trigger.pending ? foundPending : found;
                if (matched.at(event))
                    continue;
                qsizetype first = w;
                bool all = true;
                for (int k = 0; k < count && all; ++k) {
                    const qsizetype seen = lastSeen.at(offsets.at(key.trigger) + k);
                    all = seen >= w - kWindow;
                    first = std::min(first, seen);
                }
                if (!all)
                    continue;
                matched[event] = true;
                ChronologyMatch m;
                m.event = event;
                m.pending = trigger.pending;
                const auto span = folded.toOriginal(tokens.at(first).first, tokens.at(w).second);
                m.span = {span.start, span.end};
                m.surface = original.mid(span.start, span.end - span.start).toString();
                m.announced =
                    !m.pending && TimexExtractor::announcedBefore(s, tokens.at(first).first);
                out.append(m);
            }
        }
    }
    // A text that reports the capture tells the siege before it as history.
    out.removeIf([&found](const ChronologyMatch &m) { return m.pending && found.at(m.event); });
    std::sort(out.begin(), out.end(), [](const ChronologyMatch &a, const ChronologyMatch &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

} // namespace Marsad::Time

// A conflict's chronology as data (resources/chronology.json, DESIGN.md §5):
// dated key events with entity ids and the words outlets report them with,
// plus the conflict's first day and the words that say "the fighting began".
// An article that reports an event was published on or after its day; a
// corpus adds events of its own (TimeAnalyzer teaches them from dated articles).
#pragma once

#include "arabicfolder.h"
#include "mention.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace Marsad::Time {

struct ChronologyEvent
{
    QString id;
    QDate date;
    QStringList entityIds;
    QString label;               ///< A short description (English).
    QList<QStringList> triggers; ///< Each a set of folded keywords, all near each other.
    /// Sets of keywords that speak of the event as still to come (forces "at the
    /// outskirts of" a town not yet taken): the chronology's pending words, each
    /// with one of the event's place names.
    QList<QStringList> pendingTriggers;
    bool fromCorpus = false; ///< Taught by a dated article of the corpus.
};

/// An event found in an article.
struct ChronologyMatch
{
    qsizetype event = -1; ///< Index into Chronology::events().
    TextSpan span;        ///< Original offsets of the words that matched.
    QString surface;      ///< The original text of span.
    bool announced = false; ///< Spoken of as ahead (المقرر، سوف…): an upper bound instead.
    /// Spoken of as not yet happened (a town besieged, approached): an upper
    /// bound. Never set when the same text also reports the event itself.
    bool pending = false;
};

class Chronology final
{
public:
    Chronology() = default;
    /// The bundled chronology (":/chronology.json"); empty when it is absent.
    static const Chronology &shipped();
    /// Reads the JSON format of resources/chronology.json.
    static Chronology fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_events.isEmpty(); }
    const QList<ChronologyEvent> &events() const { return m_events; }
    QDate start() const { return m_start; } ///< The conflict's first day, if known.
    QDate end() const { return m_end; }     ///< The end of its period, if known.
    /// Folded words that say fighting began / that name the fighting.
    const QStringList &startWords() const { return m_startWords; }
    const QStringList &fightingWords() const { return m_fightingWords; }

    /// Adds an event (its triggers folded already).
    void addEvent(ChronologyEvent event);

    /// The events the folded text reports, at most one match per event, in
    /// text order. Linear in the text.
    QList<ChronologyMatch> match(const Text::FoldedText &folded, QStringView original) const;

    /// Splits folded text into words with their folded offsets (letters and
    /// digits); shared by the matcher and the corpus passes.
    static QList<std::pair<qsizetype, qsizetype>> words(QStringView folded);
    /// The forms of a folded word without its proclitics and article, for
    /// matching ("والسيطره" → "سيطره"); views into word, at most 8.
    static QVarLengthArray<QStringView, 8> stems(QStringView word);

private:
    void index(qsizetype eventIndex);

    struct Trigger
    {
        qsizetype event = -1;
        int keywords = 0;
        bool pending = false;
    };
    struct Key
    {
        QString stem;      ///< The keyword without its article.
        qsizetype trigger; ///< Index into m_triggers.
        int keyword;
    };
    QList<ChronologyEvent> m_events;
    QList<Trigger> m_triggers;         ///< Every trigger of every event.
    QHash<quint64, QList<Key>> m_keys; ///< Text::wordKey(stem) → where it is a keyword
    QDate m_start, m_end;
    QStringList m_startWords, m_fightingWords;
    QStringList m_pendingWords;
};

} // namespace Marsad::Time

// The words of Arabic (and English) dates, as data: month names of both
// systems and their regional spellings, weekdays, ordinals 1..30, Hijri months,
// decades. Entries are written as in print and folded once (ArabicFolder), so
// the tagger matches them against folded text.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <bitset>

namespace Marsad::Time {

class TemporalLexicon final
{
public:
    /// The shared, immutable lexicon (built on first use; thread-safe).
    static const TemporalLexicon &instance();

    /// Regex alternations (non-capturing) of the folded names, longest first;
    /// spaces inside multi-word names match any run of whitespace.
    QString monthPattern() const { return m_monthPattern; }
    /// Month names that are also common words (آب، ماي، مارس…) left out: for
    /// a month standing without a day or year.
    QString safeMonthPattern() const { return m_safeMonthPattern; }
    QString englishMonthPattern() const { return m_englishMonthPattern; }
    QString weekdayPattern() const { return m_weekdayPattern; }
    QString englishWeekdayPattern() const { return m_englishWeekdayPattern; }
    QString ordinalPattern() const { return m_ordinalPattern; }
    QString hijriMonthPattern() const { return m_hijriMonthPattern; }
    QString decadePattern() const { return m_decadePattern; }

    /// The folded names behind monthPattern() (multi-word ones with a single
    /// space), englishMonthPattern(), weekdayPattern(), decadePattern() and
    /// ordinalPattern().
    const QStringList &monthNames() const { return m_monthNames; }
    const QStringList &englishMonthNames() const { return m_englishMonthNames; }
    const QStringList &weekdayNames() const { return m_weekdayNames; }
    const QStringList &decadeNames() const { return m_decadeNames; }
    const QStringList &ordinalNames() const { return m_ordinalNames; }

    /// 1..12, or 0. The name is folded text as matched (any whitespace).
    int month(QStringView folded) const { return lookup(m_months, folded); }
    int englishMonth(QStringView folded) const { return lookup(m_englishMonths, folded); }
    /// 1 = Monday … 7 = Sunday, or 0 (Arabic or English names).
    int weekday(QStringView folded) const { return lookup(m_weekdays, folded); }
    /// 1..30, or 0.
    int ordinal(QStringView folded) const { return lookup(m_ordinals, folded); }
    int hijriMonth(QStringView folded) const { return lookup(m_hijriMonths, folded); }
    /// The first year of a decade word (التسعينيات → 1990), or 0.
    int decade(QStringView folded) const { return lookup(m_decades, folded); }

    /// True when a folded word (a clitic or two may lead) can start or carry a
    /// temporal expression: a month, weekday, Hijri month, decade or deictic
    /// word. With digits, these are the cheap anchors the tagger looks for
    /// before it runs any pattern.
    bool isTrigger(QStringView foldedWord) const
    {
        // Inline, for it is asked of every word of every text.
        if (foldedWord.size() < 2)
            return false;
        // A proclitic or two (و ف ب ل ك) may lead: "والخميس", "وبالأمس".
        for (int strip = 0; strip <= 2 && foldedWord.size() - strip >= 2; ++strip) {
            if (strip > 0) {
                const char16_t c = foldedWord.at(strip - 1).unicode();
                if (c != u'و' && c != u'ف' && c != u'ب' && c != u'ل' && c != u'ك')
                    break;
            }
            // Only a word whose hash is in the set counts; the sketch merely
            // spares most words the hash.
            const QStringView rest = foldedWord.sliced(strip);
            if (m_triggerSketches.test(sketch(rest)) && hashIsTrigger(rest))
                return true;
        }
        return false;
    }

private:
    TemporalLexicon();
    static int lookup(const QHash<QString, int> &table, QStringView folded);

    /// The length and the first, second and last characters of a word (two
    /// at least), mixed into 16 bits: equal words have equal sketches.
    static size_t sketch(QStringView w)
    {
        const size_t n = size_t(w.size());
        const size_t h = (size_t(w.front().unicode()) * 31 + w.at(1).unicode()) * 31 +
                         w.back().unicode() * 7 + n * 0x9E37;
        return (h ^ (h >> 16)) & 0xFFFF;
    }
    bool hashIsTrigger(QStringView word) const;

    QSet<size_t>
        m_triggers; ///< qHash of the folded trigger words (a collision only widens a window)
    /// A cheap pre-check before the hash: bit k is set when some trigger word
    /// has the sketch k (see sketch()); most words fail it.
    std::bitset<1 << 16> m_triggerSketches;
    QStringList m_monthNames, m_englishMonthNames, m_weekdayNames, m_decadeNames, m_ordinalNames;
    QHash<QString, int> m_months, m_englishMonths, m_weekdays, m_ordinals, m_hijriMonths, m_decades;
    QString m_monthPattern, m_safeMonthPattern, m_englishMonthPattern, m_weekdayPattern,
        m_englishWeekdayPattern, m_ordinalPattern, m_hijriMonthPattern, m_decadePattern;
};

} // namespace Marsad::Time

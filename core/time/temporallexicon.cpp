#include "temporallexicon.h"

#include "arabicfolder.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

struct Entry
{
    QString name;
    int value = 0;
    bool ambiguous = false; ///< Also an everyday word: needs a number beside it.
};

// Gregorian months: Egyptian/Gulf names, Levantine/Iraqi names, Maghrebi
// (French-derived) names and the usual spelling variants.
QList<Entry> monthEntries()
{
    return {
        {u"يناير"_s, 1},      {u"ينار"_s, 1},      {u"جانفي"_s, 1},         {u"كانون الثاني"_s, 1},
        {u"فبراير"_s, 2},     {u"فبرير"_s, 2},     {u"فيفري"_s, 2},         {u"شباط"_s, 2},
        {u"مارس"_s, 3, true}, {u"آذار"_s, 3},      {u"أبريل"_s, 4},         {u"إبريل"_s, 4},
        {u"أفريل"_s, 4},      {u"نيسان"_s, 4},     {u"مايو"_s, 5},          {u"ماي"_s, 5, true},
        {u"أيار"_s, 5},       {u"يونيو"_s, 6},     {u"يونيه"_s, 6},         {u"جوان"_s, 6},
        {u"حزيران"_s, 6},     {u"يوليو"_s, 7},     {u"يوليه"_s, 7},         {u"يوليوز"_s, 7},
        {u"جويلية"_s, 7},     {u"تموز"_s, 7},      {u"أغسطس"_s, 8},         {u"أغشت"_s, 8},
        {u"غشت"_s, 8},        {u"أوت"_s, 8, true}, {u"آب"_s, 8, true},      {u"سبتمبر"_s, 9},
        {u"شتنبر"_s, 9},      {u"سپتامبر"_s, 9},   {u"أيلول"_s, 9},         {u"أكتوبر"_s, 10},
        {u"أوكتوبر"_s, 10},   {u"اكتوبر"_s, 10},   {u"تشرين الأول"_s, 10},  {u"نوفمبر"_s, 11},
        {u"نونبر"_s, 11},     {u"نوفمير"_s, 11},   {u"تشرين الثاني"_s, 11}, {u"ديسمبر"_s, 12},
        {u"دجنبر"_s, 12},     {u"دیسمبر"_s, 12},   {u"كانون الأول"_s, 12},
    };
}

QList<Entry> englishMonthEntries()
{
    const QStringList full = {u"january"_s,   u"february"_s, u"march"_s,    u"april"_s,
                              u"may"_s,       u"june"_s,     u"july"_s,     u"august"_s,
                              u"september"_s, u"october"_s,  u"november"_s, u"december"_s};
    QList<Entry> out;
    for (int i = 0; i < full.size(); ++i) {
        out.append({full.at(i), i + 1});
        out.append({full.at(i).left(3), i + 1});
    }
    out.append({u"sept"_s, 9});
    return out;
}

QList<Entry> weekdayEntries()
{
    return {{u"الاثنين"_s, 1},  {u"الإثنين"_s, 1}, {u"الإثنين"_s, 1}, {u"الثلاثاء"_s, 2},
            {u"الأربعاء"_s, 3}, {u"الأربعا"_s, 3}, {u"الخميس"_s, 4},  {u"الجمعة"_s, 5},
            {u"السبت"_s, 6},    {u"الأحد"_s, 7}};
}

QList<Entry> englishWeekdayEntries()
{
    const QStringList full = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                              u"friday"_s, u"saturday"_s, u"sunday"_s};
    QList<Entry> out;
    for (int i = 0; i < full.size(); ++i) {
        out.append({full.at(i), i + 1});
        out.append({full.at(i).left(3), i + 1});
    }
    return out;
}

// Words that can carry a temporal expression besides the names above.
QStringList deicticTriggers()
{
    return {u"أمس"_s,     u"البارحة"_s, u"اليوم"_s, u"غدا"_s,   u"الليلة"_s,
            u"الأسبوع"_s, u"الشهر"_s,   u"العام"_s, u"السنة"_s, u"يوم"_s,
            u"يومين"_s,   u"أيام"_s,    u"أسبوع"_s, u"هجري"_s,  u"هجرية"_s};
}

QList<Entry> ordinalEntries()
{
    const QStringList units = {u"الأول"_s,  u"الثاني"_s, u"الثالث"_s, u"الرابع"_s, u"الخامس"_s,
                               u"السادس"_s, u"السابع"_s, u"الثامن"_s, u"التاسع"_s};
    QList<Entry> out;
    for (int i = 0; i < units.size(); ++i)
        out.append({units.at(i), i + 1});
    out.append({u"العاشر"_s, 10});
    out.append({u"الحادي عشر"_s, 11});
    for (int i = 1; i < units.size(); ++i)
        out.append({units.at(i) + u" عشر"_s, 11 + i});
    out.append({u"العشرين"_s, 20});
    out.append({u"الحادي والعشرين"_s, 21});
    for (int i = 1; i < units.size(); ++i)
        out.append({units.at(i) + u" والعشرين"_s, 21 + i});
    out.append({u"الثلاثين"_s, 30});
    out.append({u"الحادي والثلاثين"_s, 31});
    return out;
}

QList<Entry> hijriMonthEntries()
{
    return {{u"محرم"_s, 1},         {u"صفر"_s, 2},           {u"ربيع الأول"_s, 3},
            {u"ربيع الثاني"_s, 4},  {u"ربيع الآخر"_s, 4},    {u"جمادى الأولى"_s, 5},
            {u"جمادى الآخرة"_s, 6}, {u"جمادى الثانية"_s, 6}, {u"رجب"_s, 7},
            {u"شعبان"_s, 8},        {u"رمضان"_s, 9},         {u"شوال"_s, 10},
            {u"ذو القعدة"_s, 11},   {u"ذي القعدة"_s, 11},    {u"ذو الحجة"_s, 12},
            {u"ذي الحجة"_s, 12}};
}

QList<Entry> decadeEntries()
{
    const QList<std::pair<QString, int>> stems = {
        {u"عشرين"_s, 1920}, {u"ثلاثين"_s, 1930}, {u"أربعين"_s, 1940}, {u"خمسين"_s, 1950},
        {u"ستين"_s, 1960},  {u"سبعين"_s, 1970},  {u"ثمانين"_s, 1980}, {u"تسعين"_s, 1990}};
    QList<Entry> out;
    for (const auto &[stem, year] : stems) {
        for (const QString &article : {u"ال"_s, QString()}) {
            out.append({article + stem + u"يات"_s, year});
            out.append({article + stem + u"ات"_s, year});
        }
    }
    return out;
}

QString normalizeKey(QStringView folded)
{
    return folded.toString().simplified();
}

// Fills table (and names) with folded names and returns the regex alternation.
QString build(const QList<Entry> &entries, QHash<QString, int> *table, bool skipAmbiguous = false,
              QStringList *namesOut = nullptr)
{
    QStringList names;
    for (const Entry &e : entries) {
        const QString key = normalizeKey(ArabicFolder::foldString(e.name));
        if (table)
            table->insert(key, e.value);
        if (!(skipAmbiguous && e.ambiguous))
            names.append(key);
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (namesOut)
        *namesOut = names;
    QStringList escaped;
    for (const QString &n : names)
        escaped.append(QRegularExpression::escape(n).replace(u"\\ "_s, u"\\s+"_s));
    return u"(?:"_s + escaped.join(u'|') + u')';
}

} // namespace

const TemporalLexicon &TemporalLexicon::instance()
{
    static const TemporalLexicon lexicon;
    return lexicon;
}

TemporalLexicon::TemporalLexicon()
{
    m_monthPattern = build(monthEntries(), &m_months, false, &m_monthNames);
    m_safeMonthPattern = build(monthEntries(), nullptr, true);
    m_englishMonthPattern =
        build(englishMonthEntries(), &m_englishMonths, false, &m_englishMonthNames);
    m_weekdayPattern = build(weekdayEntries(), &m_weekdays, false, &m_weekdayNames);
    m_englishWeekdayPattern = build(englishWeekdayEntries(), &m_weekdays);
    m_ordinalPattern = build(ordinalEntries(), &m_ordinals, false, &m_ordinalNames);
    m_hijriMonthPattern = build(hijriMonthEntries(), &m_hijriMonths);
    m_decadePattern = build(decadeEntries(), &m_decades, false, &m_decadeNames);

    // The first word of every name is an anchor ("تشرين", not the everyday
    // "الأول": the tagger's window reaches past it). Hijri dates carry digits.
    for (const QHash<QString, int> *table : {&m_months, &m_englishMonths, &m_weekdays, &m_decades})
        for (auto it = table->cbegin(); it != table->cend(); ++it) {
            const qsizetype space = it.key().indexOf(u' ');
            const QStringView first =
                QStringView(it.key()).left(space < 0 ? it.key().size() : space);
            m_triggers.insert(qHash(first));
            if (first.size() >= 2)
                m_triggerSketches.set(sketch(first));
        }
    for (const QString &word : deicticTriggers()) {
        const QString key = normalizeKey(ArabicFolder::foldString(word));
        m_triggers.insert(qHash(QStringView(key)));
        if (key.size() >= 2)
            m_triggerSketches.set(sketch(key));
    }
}

bool TemporalLexicon::hashIsTrigger(QStringView word) const
{
    return m_triggers.contains(qHash(word));
}

int TemporalLexicon::lookup(const QHash<QString, int> &table, QStringView folded)
{
    // Without whitespace the key is the name as it stands: no copy needed.
    if (std::none_of(folded.begin(), folded.end(), [](QChar c) { return c.isSpace(); }))
        return table.value(QString::fromRawData(folded.data(), folded.size()), 0);
    return table.value(normalizeKey(folded), 0);
}

} // namespace Marsad::Time

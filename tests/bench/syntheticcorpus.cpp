#include "syntheticcorpus.h"

#include "gazetteer.h"
#include "resources.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace Marsad::Bench {
namespace {

// The war's first and last days; later articles look back on it.
const QDate WarStart(2020, 9, 27);
const QDate WarEnd(2020, 11, 10);
const QDate AfterWarEnd(2021, 12, 31);
constexpr int ArticlesPerFolder = 1000;
constexpr int ReprintPool = 128;

/// A generator of our own over mt19937_64, so that a seed gives the same
/// numbers whatever the standard library's distributions do.
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    int bounded(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + bounded(high - low + 1); }
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    double normal()
    {
        const double u = std::max(real(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * real());
    }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(bounded(int(list.size())));
    }

private:
    std::mt19937_64 m_engine;
};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

/// tests/bench/syntheticcorpus.json, read once.
struct Templates
{
    QList<QStringList> months; ///< 12 lists of spellings
    QStringList weekdays;      ///< Monday first, as QDate::dayOfWeek
    QStringList ordinals;      ///< 1..30
    QStringList today, yesterday, pastWeekday, explicitDate;
    QStringList datelines, titles, events, fightDay, history, fillers;
    QStringList openers, patterns, subjects, topics, clauses, closers;
    QStringList quotePatterns, quoteLines, reprintIntros;
    QStringList top, bottom, copyright, eventClosers;
    QList<QStringList> variants;              ///< groups of words that may stand for each other
    QHash<QString, qsizetype> variantOf;      ///< word → its group (lookup only)
    QHash<QString, QStringList> personTitles; ///< by the gazetteer's kind (lookup only)

    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &m : o.value(u"months"_s).toArray())
            months.append(strings(m));
        weekdays = strings(o.value(u"weekdays"_s));
        ordinals = strings(o.value(u"ordinals"_s));
        const QJsonObject when = o.value(u"when"_s).toObject();
        today = strings(when.value(u"today"_s));
        yesterday = strings(when.value(u"yesterday"_s));
        pastWeekday = strings(when.value(u"pastWeekday"_s));
        explicitDate = strings(when.value(u"explicit"_s));
        datelines = strings(o.value(u"datelines"_s));
        titles = strings(o.value(u"titles"_s));
        events = strings(o.value(u"events"_s));
        fightDay = strings(o.value(u"fightDay"_s));
        history = strings(o.value(u"history"_s));
        fillers = strings(o.value(u"fillers"_s));
        const QJsonObject st = o.value(u"statements"_s).toObject();
        openers = strings(st.value(u"openers"_s));
        patterns = strings(st.value(u"patterns"_s));
        subjects = strings(st.value(u"subjects"_s));
        topics = strings(st.value(u"topics"_s));
        clauses = strings(st.value(u"clauses"_s));
        closers = strings(st.value(u"closers"_s));
        const QJsonObject q = o.value(u"quotes"_s).toObject();
        quotePatterns = strings(q.value(u"patterns"_s));
        quoteLines = strings(q.value(u"lines"_s));
        reprintIntros = strings(o.value(u"reprintIntros"_s));
        const QJsonObject bp = o.value(u"boilerplate"_s).toObject();
        top = strings(bp.value(u"top"_s));
        bottom = strings(bp.value(u"bottom"_s));
        copyright = strings(bp.value(u"copyright"_s));
        eventClosers = strings(o.value(u"eventClosers"_s));
        for (const QJsonValue &group : o.value(u"variants"_s).toArray()) {
            variants.append(strings(group));
            for (const QString &word : variants.last())
                variantOf.insert(word, variants.size() - 1);
        }
        const QJsonObject titlesByKind = o.value(u"personTitles"_s).toObject();
        for (auto it = titlesByKind.begin(); it != titlesByKind.end(); ++it)
            personTitles.insert(it.key(), strings(it.value()));
        const QList<const QStringList *> required{
            &weekdays,   &ordinals,      &today,   &yesterday, &pastWeekday, &explicitDate,
            &datelines,  &titles,        &events,  &fightDay,  &fillers,     &patterns,
            &subjects,   &topics,        &clauses, &closers,   &openers,     &quotePatterns,
            &quoteLines, &reprintIntros, &top,     &bottom,    &copyright};
        return months.size() == 12 && weekdays.size() == 7 &&
               std::none_of(required.begin(), required.end(),
                            [](const QStringList *l) { return l->isEmpty(); });
    }
};

bool hasArabic(const QString &s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

/// The gazetteer's entities sorted into the roles the templates ask for.
class Names
{
public:
    explicit Names(const Entities::Gazetteer &gazetteer)
    {
        for (const Entities::Entity &e : gazetteer.entities()) {
            QStringList spellings{e.ar};
            for (const QString &a : e.aliases) {
                if (hasArabic(a) && !e.needsContext.contains(a))
                    spellings.append(a);
            }
            if (!hasArabic(e.ar))
                continue;
            const Named named{spellings, e.kind};
            if (e.type == EntityType::Person) {
                m_persons.push_back(named);
            } else if (e.type == EntityType::Organization) {
                if (e.kind == u"media"_s || e.kind == u"agency"_s)
                    m_outlets.push_back(named);
                else
                    m_organisations.push_back(named);
            } else if (e.kind == u"country"_s) {
                m_countries.push_back(named);
            } else if (!e.district.isEmpty()) {
                m_settlements.push_back(named);
            } else {
                m_places.push_back(named);
                if (e.kind == u"capital"_s)
                    m_capitals.push_back(named);
                if (e.kind == u"capital"_s || e.kind == u"city"_s || e.kind == u"town"_s)
                    m_cities.push_back(named);
                if (e.kind == u"region"_s)
                    m_regions.push_back(named);
            }
        }
    }

    bool usable() const
    {
        return !m_persons.empty() && !m_outlets.empty() && !m_organisations.empty() &&
               !m_countries.empty() && !m_places.empty() && !m_capitals.empty() &&
               !m_cities.empty() && !m_regions.empty();
    }

    struct Named
    {
        QStringList spellings; ///< the Arabic name first
        QString kind;
    };

    /// A spelling: the usual name mostly, another one now and then.
    static QString spell(Random &random, const Named &n)
    {
        return random.chance(0.7) ? n.spellings.first() : random.pick(n.spellings);
    }

    const Named &person(Random &r) const { return r.pick(m_persons); }
    const Named &outlet(Random &r) const { return r.pick(m_outlets); }
    const Named &organisation(Random &r) const { return r.pick(m_organisations); }
    const Named &country(Random &r) const { return r.pick(m_countries); }
    const Named &capital(Random &r) const { return r.pick(m_capitals); }
    const Named &city(Random &r) const { return r.pick(m_cities); }
    const Named &region(Random &r) const { return r.pick(m_regions); }
    /// A place that is not a country: a village of the theatre one time in five.
    const Named &place(Random &r) const
    {
        return !m_settlements.empty() && r.chance(0.2) ? r.pick(m_settlements) : r.pick(m_places);
    }

private:
    std::vector<Named> m_persons, m_outlets, m_organisations, m_countries, m_places, m_capitals,
        m_cities, m_regions, m_settlements;
};

qsizetype utf8Size(QStringView s)
{
    qsizetype bytes = 0;
    for (const QChar c : s)
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    return bytes;
}

QString htmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

/// One article as made, before it is written in some file format.
struct Article
{
    QString title;
    QDate published; ///< invalid: the text has no date at all
    int hour = 12;
    int minute = 0;
    QString outlet;
    QString outletSlug;
    QString dateline;           ///< in the text ("" when none)
    bool metadataDate = false;  ///< the date is in the file's metadata (HTML, JSONL)
    bool addressDate = false;   ///< the date is in the address
    QStringList topBoilerplate; ///< menus above the title
    QList<QStringList> paragraphs;
    QStringList tail; ///< share lines, tags, copyright

    QString iso() const
    {
        return QDateTime(published, QTime(hour, minute), QTimeZone(3 * 3600)).toString(Qt::ISODate);
    }
    QString body() const
    {
        QStringList lines;
        for (const QStringList &p : paragraphs)
            lines.append(p.join(u' '));
        return lines.join(u'\n');
    }
};

/// A passage kept for other outlets to reprint, with the day it was written.
struct Passage
{
    QDate date;
    QStringList sentences;
};

class Composer
{
public:
    Composer(const Templates &t, const Names &n, Random &r) : m_t(t), m_names(n), m_random(r) {}

    Article compose()
    {
        Article a;
        const bool undated = m_random.chance(0.10);
        const Passage *reprint = nullptr;
        bool original = false;
        if (!undated) {
            const double roll = m_random.real();
            if (roll < 0.12 && !m_pool.empty()) {
                reprint = &m_pool.at(m_random.bounded(int(m_pool.size())));
                a.published = reprint->date.addDays(m_random.chance(0.2) ? 1 : 0);
            } else {
                a.published =
                    m_random.chance(0.72)
                        ? WarStart.addDays(m_random.bounded(WarStart.daysTo(WarEnd) + 1))
                        : WarEnd.addDays(1 + m_random.bounded(WarEnd.daysTo(AfterWarEnd)));
                original = roll < 0.22;
            }
        }
        m_date = a.published;
        m_eastern = m_random.chance(0.15);
        a.hour = m_random.between(6, 23);
        a.minute = m_random.bounded(60);
        const Names::Named &outlet = m_names.outlet(m_random);
        a.outlet = outlet.spellings.first();
        a.outletSlug = u"outlet%1"_s.arg(qHash(a.outlet, 0) % 1000);
        m_outlet = a.outlet;
        a.title = fill(m_random.pick(m_t.titles));
        if (m_random.chance(0.25))
            a.topBoilerplate.append(m_random.pick(m_t.top));
        if (a.published.isValid() && m_random.chance(0.55))
            a.dateline = dateline(a);

        // Lengths spread like a news site's: log-normal, median ≈ 4.5 KB.
        const qsizetype target =
            std::clamp<qsizetype>(qsizetype(4500 * std::exp(0.55 * m_random.normal())), 500, 15000);
        qsizetype size = utf8Size(a.title) + utf8Size(a.dateline);
        if (original) {
            Passage p{a.published, {}};
            const int n = m_random.between(3, 5);
            for (int i = 0; i < n; ++i)
                p.sentences.append(vary(i % 2 == 0 ? event() : statement()));
            a.paragraphs.append(p.sentences);
            size += utf8Size(p.sentences.join(u' '));
            if (int(m_pool.size()) < ReprintPool)
                m_pool.push_back(std::move(p));
            else
                m_pool[m_random.bounded(ReprintPool)] = std::move(p);
        }
        const bool fightDay =
            a.published.isValid() && a.published <= WarEnd && m_random.chance(0.3);
        bool fightDayPlaced = false;
        while (size < target) {
            QStringList paragraph;
            const int sentences = m_random.between(1, 4);
            for (int s = 0; s < sentences; ++s) {
                QString sentence;
                if (fightDay && !fightDayPlaced && a.paragraphs.size() >= 1) {
                    m_ordinal = m_t.ordinals.value(int(WarStart.daysTo(a.published)));
                    fightDayPlaced = true;
                    sentence = m_ordinal.isEmpty() ? QString() : fill(m_random.pick(m_t.fightDay));
                }
                if (sentence.isEmpty())
                    sentence = vary(sentenceFor(a.published.isValid()));
                size += utf8Size(sentence) + 1;
                paragraph.append(sentence);
            }
            a.paragraphs.append(paragraph);
            if (reprint && a.paragraphs.size() == 1) {
                a.paragraphs.append({fill(m_random.pick(m_t.reprintIntros))});
                a.paragraphs.append(reprint->sentences);
                size += utf8Size(reprint->sentences.join(u' '));
                reprint = nullptr;
            }
        }
        if (m_random.chance(0.5)) {
            const int lines = m_random.between(1, 3);
            for (int i = 0; i < lines; ++i)
                a.tail.append(fill(m_random.pick(m_t.bottom)));
        }
        if (m_random.chance(0.4))
            a.tail.append(fill(m_random.pick(m_t.copyright)));
        return a;
    }

private:
    QString sentenceFor(bool dated)
    {
        const double r = m_random.real();
        if (dated && r < 0.33)
            return event();
        if (dated && r < 0.36 && !m_t.history.isEmpty())
            return fill(m_random.pick(m_t.history));
        if (r < 0.60)
            return fill(m_random.pick(m_t.fillers));
        if (r < 0.88)
            return statement();
        return fill(m_random.pick(m_t.quotePatterns));
    }

    QString event()
    {
        m_when = when();
        QString sentence = fill(m_random.pick(m_t.events));
        if (!m_t.eventClosers.isEmpty() && sentence.endsWith(u'.') && m_random.chance(0.45))
            sentence.insert(sentence.size() - 1, fill(m_random.pick(m_t.eventClosers)));
        return sentence;
    }

    /// Some words swapped for others of their group, as writers vary them.
    QString vary(const QString &sentence)
    {
        QStringList words = sentence.split(u' ');
        for (QString &word : words) {
            const auto group = m_t.variantOf.constFind(word);
            if (group != m_t.variantOf.cend() && m_random.chance(0.7))
                word = m_random.pick(m_t.variants.at(*group));
        }
        return words.join(u' ');
    }

    QString statement() { return fill(m_random.pick(m_t.patterns)); }

    /// A day before (or on) the publication date, said as the outlets say it.
    QString when()
    {
        const double r = m_random.real();
        if (r < 0.20)
            return dateWords(m_random.pick(m_t.today), m_date);
        if (r < 0.45)
            return dateWords(m_random.pick(m_t.yesterday), m_date.addDays(-1));
        if (r < 0.60)
            return dateWords(m_random.pick(m_t.pastWeekday),
                             m_date.addDays(-m_random.between(2, 6)));
        QDate day = m_date.addDays(-m_random.bounded(21));
        if (m_date > WarEnd && m_random.chance(0.5))
            day = WarStart.addDays(m_random.bounded(WarStart.daysTo(WarEnd) + 1));
        // A day of another year than the article's is written with its year.
        QString format = m_random.pick(m_t.explicitDate);
        for (int tries = 0; day.year() != m_date.year() && !format.contains(u"{Y}"_s) && tries < 16;
             ++tries)
            format = m_random.pick(m_t.explicitDate);
        return dateWords(format, day);
    }

    QString number(int n, int width = 0) const
    {
        QString s = u"%1"_s.arg(n, width, 10, QLatin1Char('0'));
        if (m_eastern) {
            for (QChar &c : s)
                c = QChar(c.unicode() - u'0' + 0x0660);
        }
        return s;
    }

    /// Fills the date fields of \a format for \a day.
    QString dateWords(const QString &format, const QDate &day)
    {
        m_day = day;
        const QString out = fill(format);
        m_day = QDate();
        return out;
    }

    QString dateline(const Article &a)
    {
        m_day = a.published;
        m_iso = a.iso();
        m_hour = a.hour;
        m_minute = a.minute;
        const QString out = fill(m_random.pick(m_t.datelines));
        m_day = QDate();
        return out;
    }

    QString person()
    {
        const Names::Named &p = m_names.person(m_random);
        const QString name = Names::spell(m_random, p);
        const auto titles = m_t.personTitles.constFind(p.kind);
        if (titles != m_t.personTitles.cend() && !titles->isEmpty() && m_random.chance(0.5))
            return m_random.pick(*titles) + u' ' + name;
        return name;
    }

    QString value(QStringView key)
    {
        Random &r = m_random;
        if (key == u"PERSON" || key == u"PERSON2")
            return person();
        if (key == u"PLACE" || key == u"PLACE2")
            return Names::spell(r, m_names.place(r));
        if (key == u"CITY")
            return Names::spell(r, m_names.city(r));
        if (key == u"CAPITAL")
            return Names::spell(r, m_names.capital(r));
        if (key == u"REGION")
            return Names::spell(r, m_names.region(r));
        if (key == u"COUNTRY" || key == u"COUNTRY2")
            return Names::spell(r, m_names.country(r));
        if (key == u"ORG")
            return Names::spell(r, m_names.organisation(r));
        if (key == u"OUTLET")
            return m_outlet;
        if (key == u"N")
            return number(r.between(2, 120));
        if (key == u"WHEN")
            return m_when;
        if (key == u"ORD")
            return m_ordinal;
        if (key == u"TITLE")
            return fill(r.pick(m_t.titles));
        if (key == u"OP")
            return fill(r.pick(m_t.openers));
        if (key == u"S")
            return fill(r.pick(m_t.subjects));
        if (key == u"T")
            return fill(r.pick(m_t.topics));
        if (key == u"C")
            return fill(r.pick(m_t.clauses));
        if (key == u"CL")
            return fill(r.pick(m_t.closers));
        if (key == u"Q")
            return fill(r.pick(m_t.quoteLines));
        const QDate day = m_day.isValid() ? m_day : WarStart;
        if (key == u"Y") // the year of the day being written, else of the article
            return number(m_day.isValid() ? m_day.year() : m_date.isValid() ? m_date.year() : 2020);
        if (key == u"D")
            return number(day.day());
        if (key == u"DD")
            return number(day.day(), 2);
        if (key == u"MM")
            return number(day.month(), 2);
        if (key == u"M")
            return r.pick(m_t.months.at(day.month() - 1));
        if (key == u"W")
            return m_t.weekdays.at(day.dayOfWeek() - 1);
        if (key == u"HH")
            return number(m_hour, 2);
        if (key == u"MIN")
            return number(m_minute, 2);
        if (key == u"ISO")
            return m_iso;
        return QString();
    }

    /// The bracket that closes the one at \a open ([…] may hold {…}).
    static qsizetype closing(const QString &format, qsizetype open)
    {
        const QChar opening = format.at(open);
        const QChar close = opening == u'[' ? u']' : u'}';
        int depth = 0;
        for (qsizetype k = open; k < format.size(); ++k) {
            if (format.at(k) == opening)
                ++depth;
            else if (format.at(k) == close && --depth == 0)
                return k;
        }
        return -1;
    }

    /// \a format with every {KEY} replaced and one alternative of every
    /// [a|b|c] taken.
    QString fill(const QString &format)
    {
        QString out;
        out.reserve(format.size() + 64);
        qsizetype i = 0;
        while (i < format.size()) {
            const qsizetype brace = format.indexOf(u'{', i);
            const qsizetype bracket = format.indexOf(u'[', i);
            const bool choice = bracket >= 0 && (brace < 0 || bracket < brace);
            const qsizetype open = choice ? bracket : brace;
            const qsizetype close = open < 0 ? -1 : closing(format, open);
            if (close < 0) {
                out += QStringView(format).mid(i);
                break;
            }
            out += QStringView(format).mid(i, open - i);
            const QStringView inner = QStringView(format).mid(open + 1, close - open - 1);
            if (choice)
                out += fill(m_random.pick(inner.split(u'|')).toString());
            else
                out += value(inner);
            i = close + 1;
        }
        return out;
    }

    const Templates &m_t;
    const Names &m_names;
    Random &m_random;
    std::vector<Passage> m_pool;
    // The article being composed.
    QDate m_date;
    QDate m_day;
    bool m_eastern = false;
    QString m_outlet, m_when, m_ordinal, m_iso;
    int m_hour = 12, m_minute = 0;
};

enum class Format
{
    Text,
    Html,
    Jsonl
};

/// Writes articles into numbered subfolders, one file each or several to a
/// JSON Lines file; counts the bytes.
class CorpusWriter
{
public:
    CorpusWriter(const QString &folder, Random &random, QIODevice *truth)
        : m_folder(folder), m_random(random), m_truth(truth)
    {}

    bool write(int index, const Article &a)
    {
        const double r = m_random.real();
        const Format format = r < 0.10 ? Format::Html : r < 0.22 ? Format::Jsonl : Format::Text;
        if (format == Format::Jsonl)
            return writeJsonl(index, a);
        m_jsonl.reset(); // a group is a run of neighbours, as a scraper writes them
        const QString name = format == Format::Html ? u"a%1.html"_s : u"a%1.txt"_s;
        const QByteArray bytes = (format == Format::Html ? html(a, index) : text(a)).toUtf8();
        const QString path = pathFor(index, name.arg(index, 7, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        m_bytes += bytes.size();
        return recordTruth(path, 0, a);
    }

    qint64 bytes() const { return m_bytes; }

private:
    // One line per article: its file (relative to the corpus folder), its
    // index in that file as the analysis numbers it (the line of a JSON Lines
    // file, else 0) and the day it was published ("none" when undated).
    bool recordTruth(const QString &path, int indexInFile, const Article &a)
    {
        if (!m_truth)
            return true;
        const QString line =
            u"%1\t%2\t%3\n"_s.arg(QDir(m_folder).relativeFilePath(path))
                .arg(indexInFile)
                .arg(a.published.isValid() ? a.published.toString(Qt::ISODate) : u"none"_s);
        const QByteArray bytes = line.toUtf8();
        return m_truth->write(bytes) == bytes.size();
    }

    QString pathFor(int index, const QString &name)
    {
        const int part = index / ArticlesPerFolder;
        const QString dir = m_folder + u"/%1"_s.arg(part, 4, 10, QLatin1Char('0'));
        if (part != m_part) {
            QDir().mkpath(dir);
            m_part = part;
        }
        return dir + u'/' + name;
    }

    static QString text(const Article &a)
    {
        QStringList lines = a.topBoilerplate;
        // Some outlets put the date above the title, most below it.
        const bool dateFirst = !a.dateline.isEmpty() && (qHash(a.title, 0) % 4 == 0);
        if (dateFirst)
            lines.append(a.dateline);
        lines.append(a.title);
        if (!a.dateline.isEmpty() && !dateFirst)
            lines.append(a.dateline);
        lines.append(a.body());
        lines.append(a.tail);
        return lines.join(u'\n') + u'\n';
    }

    QString url(const Article &a, int index) const
    {
        if (a.addressDate)
            return u"https://%1.example/%2/%3.html"_s.arg(
                a.outletSlug, a.published.toString(u"yyyy/MM/dd"_s), QString::number(index));
        return u"https://%1.example/news/%2"_s.arg(a.outletSlug, QString::number(index));
    }

    QString html(Article a, int index)
    {
        a.metadataDate = a.published.isValid() && m_random.chance(0.7);
        a.addressDate = a.published.isValid() && !a.metadataDate && m_random.chance(0.5);
        QString out = u"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta "
                      u"charset=\"utf-8\">\n<title>%1 - %2</title>\n"_s.arg(htmlEscaped(a.title),
                                                                            htmlEscaped(a.outlet));
        out += u"<link rel=\"canonical\" href=\"%1\">\n"_s.arg(url(a, index));
        if (a.metadataDate)
            out += u"<meta property=\"article:published_time\" content=\"%1\">\n"_s.arg(a.iso());
        out += u"</head>\n<body>\n<header><nav>"_s;
        for (const QString &line : a.topBoilerplate)
            out += u"<a href=\"/\">%1</a>"_s.arg(htmlEscaped(line));
        out += u"</nav></header>\n<article>\n<h1>%1</h1>\n"_s.arg(htmlEscaped(a.title));
        if (!a.dateline.isEmpty())
            out += u"<p class=\"date\">%1</p>\n"_s.arg(htmlEscaped(a.dateline));
        for (const QStringList &p : a.paragraphs)
            out += u"<p>%1</p>\n"_s.arg(htmlEscaped(p.join(u' ')));
        out += u"</article>\n<aside>\n"_s;
        for (const QString &line : a.tail)
            out += u"<p>%1</p>\n"_s.arg(htmlEscaped(line));
        out += u"</aside>\n<footer>%1</footer>\n</body>\n</html>\n"_s.arg(htmlEscaped(a.outlet));
        return out;
    }

    bool writeJsonl(int index, Article a)
    {
        if (!m_jsonl || m_left == 0) {
            m_jsonl = std::make_unique<QFile>(
                pathFor(index, u"j%1.jsonl"_s.arg(index, 7, 10, QLatin1Char('0'))));
            if (!m_jsonl->open(QIODevice::WriteOnly))
                return false;
            m_left = m_random.between(2, 40);
            m_jsonlLines = 0;
        }
        --m_left;
        a.metadataDate = a.published.isValid() && m_random.chance(0.75);
        a.addressDate = a.published.isValid() && !a.metadataDate && m_random.chance(0.4);
        QStringList lines = a.topBoilerplate;
        if (!a.dateline.isEmpty())
            lines.append(a.dateline);
        lines.append(a.body());
        lines.append(a.tail);
        QJsonObject o{{u"title"_s, a.title},
                      {u"url"_s, url(a, index)},
                      {u"source"_s, a.outlet},
                      {u"text"_s, lines.join(u'\n')}};
        if (a.metadataDate)
            o.insert(u"date"_s, m_random.chance(0.5) ? a.iso() : a.published.toString(Qt::ISODate));
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        if (m_jsonl->write(line) != line.size())
            return false;
        m_bytes += line.size();
        return recordTruth(m_jsonl->fileName(), ++m_jsonlLines, a);
    }

    QString m_folder;
    Random &m_random;
    int m_part = -1;
    qint64 m_bytes = 0;
    std::unique_ptr<QFile> m_jsonl;
    int m_left = 0;
    int m_jsonlLines = 0;
    QIODevice *m_truth = nullptr;
};

QString templatesPath()
{
    return QStringLiteral(MARSAD_SOURCE_DIR) + u"/tests/bench/syntheticcorpus.json"_s;
}

} // namespace

qint64 writeSyntheticCorpus(const QString &folder, int count, quint32 seed, QIODevice *truth)
{
    Templates templates;
    if (!templates.load(templatesPath()))
        return -1;
    const auto loaded = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    if (!loaded)
        return -1;
    const Names names(*loaded.gazetteer);
    if (!names.usable())
        return -1;
    QDir().mkpath(folder);
    // Content and file formats draw from two streams, so the one does not
    // shift the other.
    Random random(seed);
    Random formats(seed ^ 0x9e3779b9u);
    Composer composer(templates, names, random);
    CorpusWriter writer(folder, formats, truth);
    for (int i = 0; i < count; ++i) {
        if (!writer.write(i, composer.compose()))
            return -1;
    }
    return writer.bytes();
}

bool writeGazetteerAliases(const QString &path)
{
    const auto loaded = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    if (!loaded)
        return false;
    QStringList all;
    for (const Entities::Entity &e : loaded.gazetteer->entities())
        all.append(e.ar);
    for (const Entities::Alias &a : loaded.gazetteer->aliases())
        all.append(a.written);
    all.removeIf([](const QString &s) { return s.trimmed().size() < 2; });
    all.removeDuplicates();
    QFile file(path);
    const QByteArray bytes = (all.join(u'\n') + u'\n').toUtf8();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Marsad::Bench

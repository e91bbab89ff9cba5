#include "transliterator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QHash<QString, QStringList> table(const QJsonObject &o)
{
    QHash<QString, QStringList> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), strings(it.value()));
    return out;
}

bool isVowel(QChar c)
{
    return u"aəeiıoöuü"_s.contains(c);
}

// Every combination of one option per segment, fewest departures from the
// commonest options first (the sum of the chosen option indices), at most
// \a limit of them.
QStringList combine(const QList<QStringList> &segments, qsizetype limit)
{
    QStringList out;
    const qsizetype n = segments.size();
    QList<qsizetype> choice(n, 0);
    int maximum = 0;
    for (const QStringList &options : segments)
        maximum += int(options.size()) - 1;
    for (int budget = 0; budget <= maximum && out.size() < limit; ++budget) {
        // Enumerate the choices whose cost is exactly budget.
        std::function<void(qsizetype, int)> walk = [&](qsizetype i, int left) {
            if (out.size() >= limit)
                return;
            if (i == n) {
                if (left != 0)
                    return;
                QString s;
                for (qsizetype k = 0; k < n; ++k)
                    s += segments[k].at(choice[k]);
                // A vowel letter doubled by a neighbouring glide (Seyid → سييد) is written once.
                s.replace(u"\u064A\u064A"_s, u"\u064A"_s);
                s.replace(u"\u0648\u0648"_s, u"\u0648"_s);
                if (!s.isEmpty() && !out.contains(s))
                    out.append(s);
                return;
            }
            for (qsizetype o = 0; o < segments[i].size() && o <= left; ++o) {
                choice[i] = o;
                walk(i + 1, left - int(o));
            }
            choice[i] = 0;
        };
        walk(0, budget);
    }
    return out;
}

} // namespace

std::optional<Transliterator> Transliterator::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"transliteration rules: invalid JSON: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Transliterator t;
    t.m_digraphs = table(o.value(u"digraphs"_s).toObject());
    t.m_consonants = table(o.value(u"consonants"_s).toObject());
    t.m_initialVowels = table(o.value(u"initial_vowels"_s).toObject());
    t.m_medialVowels = table(o.value(u"medial_vowels"_s).toObject());
    t.m_finalVowels = table(o.value(u"final_vowels"_s).toObject());
    const QJsonObject morphemes = o.value(u"morphemes"_s).toObject();
    for (auto it = morphemes.begin(); it != morphemes.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            t.m_morphemes.append({it.key(), strings(it.value())});
    }
    std::stable_sort(t.m_morphemes.begin(), t.m_morphemes.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    const QJsonObject endings = o.value(u"endings"_s).toObject();
    for (auto it = endings.begin(); it != endings.end(); ++it)
        t.m_endings.append({it.key(), strings(it.value())});
    std::stable_sort(t.m_endings.begin(), t.m_endings.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const QJsonValue &q : o.value(u"qualifiers"_s).toArray()) {
        const QJsonObject qo = q.toObject();
        t.m_qualifiers.append({strings(qo.value(u"latin"_s)), strings(qo.value(u"before"_s)),
                               strings(qo.value(u"after"_s))});
    }
    if (t.m_consonants.isEmpty() || t.m_medialVowels.isEmpty()) {
        if (error)
            *error = u"transliteration rules: no consonants or vowels"_s;
        return std::nullopt;
    }
    return t;
}

QStringList Transliterator::wordVariants(const QString &word, qsizetype limit) const
{
    const QString w = word.toLower();
    // An ending with its own spellings (-lı, -kənd …) is one segment, unless
    // it is the whole word.
    QString stem = w;
    QStringList ending;
    for (const auto &[latin, arabic] : m_endings) {
        if (w.size() > latin.size() + 1 && w.endsWith(latin)) {
            stem = w.first(w.size() - latin.size());
            ending = arabic;
            break;
        }
    }
    QList<QStringList> segments;
    bool afterMorpheme = false;
    for (qsizetype i = 0; i < stem.size();) {
        const QChar c = stem[i];
        // A name part of Arabic or Persian origin keeps its Arabic spelling.
        // A short one (ağ, mir, xan) only at the start or after another: inside
        // a word its letters are more often just letters (Mirzənağılı).
        bool morpheme = false;
        for (const auto &[latin, arabic] : m_morphemes) {
            if (latin.size() <= 3 && i > 0 && !afterMorpheme)
                continue;
            if (QStringView(stem).sliced(i).startsWith(latin)) {
                segments.append(arabic);
                i += latin.size();
                morpheme = true;
                break;
            }
        }
        afterMorpheme = morpheme;
        if (morpheme)
            continue;
        if (i + 1 < stem.size()) {
            const auto d = m_digraphs.constFind(stem.sliced(i, 2));
            if (d != m_digraphs.cend()) {
                segments.append(d.value());
                i += 2;
                continue;
            }
        }
        // A doubled consonant is written once (Mollalı → ملالي).
        if (i > 0 && c == stem[i - 1] && !isVowel(c)) {
            ++i;
            continue;
        }
        const QString key(c);
        const bool last = i + 1 == stem.size() && ending.isEmpty();
        if (isVowel(c)) {
            const bool afterVowel = i > 0 && isVowel(stem[i - 1]);
            const QHash<QString, QStringList> &vowels =
                i == 0 ? m_initialVowels : (last ? m_finalVowels : m_medialVowels);
            QStringList options = vowels.value(key);
            // Two vowels in a row: the second is written with hamza on a seat
            // (Cəbrayıl → جبرائيل) or as a plain letter.
            if (afterVowel && i > 0 && !last)
                options = QStringList{u"ئ"_s + options.value(0)} + options;
            if (!options.isEmpty())
                segments.append(options);
        } else if (const auto it = m_consonants.constFind(key); it != m_consonants.cend()) {
            segments.append(it.value());
        }
        ++i;
    }
    if (!ending.isEmpty())
        segments.append(ending);
    return combine(segments, limit);
}

QStringList Transliterator::variants(const QString &latin, qsizetype limit) const
{
    const QStringList words = latin.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // A leading qualifier (Yuxarı, Aşağı, Böyük …) is transliterated before the
    // name or translated after it.
    const Qualifier *qualifier = nullptr;
    qsizetype from = 0;
    for (const Qualifier &q : m_qualifiers) {
        if (words.size() > 1 && q.latin.contains(words.first().toLower())) {
            qualifier = &q;
            from = 1;
            break;
        }
    }
    // The name itself: its words' variants, combined with one spelling varying.
    QList<QStringList> perWord;
    for (qsizetype i = from; i < words.size(); ++i)
        perWord.append(wordVariants(words[i], limit));
    QList<QStringList> spaced;
    for (qsizetype i = 0; i < perWord.size(); ++i) {
        QStringList options;
        for (const QString &v : perWord[i])
            options.append(i == 0 ? v : u" "_s + v);
        spaced.append(options);
    }
    const QStringList names = combine(spaced, limit);
    if (!qualifier)
        return names;

    QStringList before = qualifier->before;
    for (const QString &v : wordVariants(words.first(), 2)) {
        if (!before.contains(v))
            before.append(v);
    }
    QStringList out;
    // Commonest first: the translated qualifier after the commonest name, then
    // the transliterated one, then the rest.
    for (const QString &name : names) {
        for (const QString &a : qualifier->after) {
            if (out.size() < limit)
                out.append(name + u" "_s + a);
        }
        for (const QString &b : before) {
            if (out.size() < limit)
                out.append(b + u" "_s + name);
        }
    }
    // Not the bare name: Yuxarı X and Aşağı X share it, and which one an
    // article means is not known.
    return out;
}

} // namespace Marsad::Entities

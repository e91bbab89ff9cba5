#include "gazetteer.h"

#include "arabicfolder.h"
#include "segmenter.h"
#include "transliterator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

const QString Article = u"\u0627\u0644"_s;
constexpr qsizetype SettlementVariants = 10;
constexpr qsizetype MinimumSkeleton = 3;
// A generated one-word spelling this short may well be a word or a name of
// another kind (بحلول for Bəhlul, تاتار for Tatar): a place only with support.
constexpr qsizetype ShortSettlementName = 5;
constexpr quint32 QuickFilterBits = 1u << 18;

// An ASCII id from an Azerbaijani name: "Qaraxanbəyli" → "qarakhanbayli".
QString slug(const QString &latin)
{
    static const QHash<QChar, QString> map = {
        {u'ə', u"a"_s},  {u'ı', u"i"_s}, {u'ş', u"sh"_s}, {u'ç', u"ch"_s}, {u'ğ', u"gh"_s},
        {u'x', u"kh"_s}, {u'ö', u"o"_s}, {u'ü', u"u"_s},  {u'c', u"j"_s},  {u'İ', u"i"_s},
        {u'i', u"i"_s},  {u' ', u"-"_s}, {u'-', u"-"_s}};
    QString out;
    for (const QChar c : latin.toLower()) {
        const auto it = map.constFind(c);
        if (it != map.cend())
            out += it.value();
        else if (c.unicode() < 0x80 && c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.append(v.toString().trimmed());
    }
    return out;
}

} // namespace

GazetteerLoad Gazetteer::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, u"cannot open gazetteer %1: %2"_s.arg(path, file.errorString())};
    GazetteerSources sources;
    sources.gazetteer = file.readAll();
    // The companions live next to the gazetteer (resources/ or :/).
    const QDir dir = QFileInfo(path).dir();
    const auto companion = [&dir](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    sources.outlets = companion(u"outlets.json"_s);
    sources.settlements = companion(u"settlements.json"_s);
    sources.transliteration = companion(u"transliteration.json"_s);
    sources.commonWords = companion(u"commonwords.txt"_s);
    GazetteerLoad loaded = fromSources(sources);
    if (!loaded)
        loaded.error = path + u": "_s + loaded.error;
    return loaded;
}

GazetteerLoad Gazetteer::fromJson(const QByteArray &json)
{
    GazetteerSources sources;
    sources.gazetteer = json;
    return fromSources(sources);
}

GazetteerLoad Gazetteer::fromSources(const GazetteerSources &sources)
{
    std::shared_ptr<Gazetteer> g(new Gazetteer);
    // Words separated by white space; '#' starts a comment to the line's end.
    for (const QString &line : QString::fromUtf8(sources.commonWords).split(u'\n')) {
        for (const QString &w : line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts))
            g->m_commonWords.insert(Text::ArabicFolder::foldString(w.trimmed()));
    }
    QString error = g->addEntities(sources.gazetteer, false);
    if (error.isEmpty() && !sources.outlets.isEmpty())
        error = g->addEntities(sources.outlets, true);
    if (error.isEmpty() && !sources.settlements.isEmpty())
        error = g->addSettlements(sources.settlements, sources.transliteration);
    if (!error.isEmpty())
        return {nullptr, error};
    g->finishIndex();
    return {std::move(g), QString()};
}

std::shared_ptr<const Gazetteer> Gazetteer::withExtra(std::shared_ptr<const Gazetteer> base,
                                                      const QList<Entity> &extra)
{
    if (!base)
        return base;
    std::shared_ptr<Gazetteer> g;
    for (const Entity &e : extra) {
        if (e.id.isEmpty() || e.ar.trimmed().isEmpty() || base->m_byId.contains(e.id) ||
            (g && g->m_byId.contains(e.id)))
            continue;
        if (!g)
            g.reset(new Gazetteer(*base));
        const qsizetype index = g->m_entities.size();
        g->m_byId.insert(e.id, index);
        g->m_entities.append(e);
        g->addAlias(index, e.ar.trimmed(), false);
        for (const QString &a : e.aliases)
            g->addAlias(index, a, false);
    }
    if (!g)
        return base;
    g->finishIndex(); // idempotent for what base had: only the new aliases change it
    return g;
}

QString Gazetteer::addEntities(const QByteArray &json, bool mergeKnown)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isArray())
        return u"the gazetteer must be a JSON array of entities"_s;

    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Entity e;
        e.id = o.value(u"id"_s).toString();
        e.ar = o.value(u"ar"_s).toString().trimmed();
        e.en = o.value(u"en"_s).toString();
        if (e.id.isEmpty() || e.ar.isEmpty())
            return u"entity %1 has no id or no Arabic name"_s.arg(i);
        if (!entityTypeFromName(o.value(u"type"_s).toString(), &e.type))
            return u"entity %1 has an unknown type"_s.arg(e.id);
        e.aliases = stringList(o.value(u"aliases"_s));
        e.needsContext = stringList(o.value(u"needs_context"_s));
        if (m_byId.contains(e.id)) {
            if (!mergeKnown)
                return u"duplicate entity id %1"_s.arg(e.id);
            // A companion file adds spellings to an entity the gazetteer has.
            const qsizetype index = m_byId.value(e.id);
            if (m_entities.at(index).type != e.type)
                return u"entity %1 has two types"_s.arg(e.id);
            QSet<QString> ambiguous;
            for (const QString &a : e.needsContext)
                ambiguous.insert(Text::ArabicFolder::foldString(a));
            for (const QString &a : QStringList{e.ar} + e.aliases) {
                m_entities[index].aliases.append(a);
                addAlias(index, a, ambiguous.contains(Text::ArabicFolder::foldString(a)));
            }
            continue;
        }
        e.kind = o.value(u"kind"_s).toString();
        e.country = o.value(u"country"_s).toString();
        // "pinned": true, or a number giving the place's rank among the pinned.
        const QJsonValue pinned = o.value(u"pinned"_s);
        e.pinned = pinned.isDouble() ? pinned.toInt() > 0 : pinned.toBool(false);
        e.pinRank = pinned.isDouble() ? pinned.toInt() : 0;
        e.district = o.value(u"district"_s).toString();
        if (o.value(u"lat"_s).isDouble() && o.value(u"lon"_s).isDouble()) {
            e.lat = o.value(u"lat"_s).toDouble();
            e.lon = o.value(u"lon"_s).toDouble();
            e.hasCoordinates = true;
        }
        const qsizetype index = m_entities.size();
        m_byId.insert(e.id, index);
        m_entities.append(e);

        // Needs-context is decided on the folded form, so every spelling that
        // folds alike (شوشة/شوشه) is treated alike.
        QSet<QString> ambiguous;
        for (const QString &a : e.needsContext)
            ambiguous.insert(Text::ArabicFolder::foldString(a));
        addAlias(index, e.ar, ambiguous.contains(Text::ArabicFolder::foldString(e.ar)));
        for (const QString &a : e.aliases)
            addAlias(index, a, ambiguous.contains(Text::ArabicFolder::foldString(a)));
    }
    return {};
}

QString Gazetteer::addSettlements(const QByteArray &json, const QByteArray &rules)
{
    QString error;
    const std::optional<Transliterator> translit = Transliterator::fromJson(rules, &error);
    if (!translit)
        return error;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return u"settlements: invalid JSON: %1"_s.arg(parseError.errorString());

    // Spellings the hand-kept entities already use belong to them.
    QSet<QString> taken;
    for (const Alias &a : m_aliases)
        taken.insert(a.tokens.join(u' '));

    const QJsonArray list = doc.object().value(u"settlements"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString az = o.value(u"az"_s).toString().trimmed();
        const QString district = o.value(u"district"_s).toString();
        if (az.isEmpty() || district.isEmpty())
            return u"settlement %1 has no name or no district"_s.arg(i);
        // A settlement the gazetteer already has by hand: only its district.
        const QString known = o.value(u"gazetteer"_s).toString();
        if (!known.isEmpty()) {
            const auto it = m_byId.constFind(known);
            if (it == m_byId.cend())
                return u"settlement %1 names unknown entity %2"_s.arg(az, known);
            m_entities[it.value()].district = district;
            continue;
        }
        const QString hy = o.value(u"hy"_s).toString().trimmed();
        Entity e;
        e.type = EntityType::Place;
        e.kind = o.value(u"kind"_s).toString(u"village"_s);
        e.country = u"azerbaijan"_s;
        e.district = district;
        e.en = hy.isEmpty() ? az : az + u" ("_s + hy + u")"_s;
        e.id = slug(az);
        if (m_byId.contains(e.id))
            e.id += u"-"_s + district;
        if (m_byId.contains(e.id))
            return u"duplicate settlement %1 in %2"_s.arg(az, district);
        if (o.value(u"lat"_s).isDouble() && o.value(u"lon"_s).isDouble()) {
            e.lat = o.value(u"lat"_s).toDouble();
            e.lon = o.value(u"lon"_s).toDouble();
            e.hasCoordinates = true;
        }
        QStringList spellings = stringList(o.value(u"ar"_s));
        for (const QString &latin : QStringList{az, hy}) {
            if (latin.isEmpty())
                continue;
            for (const QString &generated : translit->variants(latin, SettlementVariants)) {
                const QString v = generated.simplified();
                if (!v.isEmpty() && !spellings.contains(v))
                    spellings.append(v);
            }
        }
        if (spellings.isEmpty())
            continue;
        e.ar = spellings.takeFirst();
        e.aliases = spellings;
        const qsizetype index = m_entities.size();
        m_byId.insert(e.id, index);
        m_entities.append(e);
        for (const QString &a : QStringList{e.ar} + e.aliases) {
            const QString folded = Text::ArabicFolder::foldString(a);
            // Generated spellings are guesses: one that is a common word (حال
            // for Hal) or very short is left out; a short one is a place only
            // with support.
            if (taken.contains(folded) || folded.size() < 3 || isCommonWord(folded))
                continue;
            const bool ambiguous =
                folded.size() <= ShortSettlementName || isCommonWord(folded.section(u' ', 0, 0));
            addAlias(index, a, ambiguous);
        }
    }
    return {};
}

void Gazetteer::addAlias(qsizetype entity, const QString &written, bool needsContext)
{
    const QString folded = Text::ArabicFolder::foldString(written);
    Alias alias;
    alias.entity = entity;
    alias.written = written;
    alias.needsContext = needsContext;
    alias.bareAlef = written.startsWith(u'\u0627');
    const QList<Text::Token> tokens = Text::Segmenter::words(folded);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        alias.tokens.append(folded.mid(tokens[i].start, tokens[i].length()));
        if (i > 0) {
            const qsizetype from = tokens[i - 1].end;
            alias.gaps.append(folded.mid(from, tokens[i].start - from));
        }
    }
    if (alias.tokens.isEmpty())
        return;
    // The same spelling twice for one entity (it folds like another) adds nothing.
    for (const qsizetype other : m_byFirstToken.value(alias.tokens.first())) {
        Alias &o = m_aliases[other];
        if (o.entity == entity && o.tokens == alias.tokens && o.gaps == alias.gaps) {
            o.bareAlef = o.bareAlef || alias.bareAlef;
            o.needsContext = o.needsContext || alias.needsContext;
            return;
        }
    }
    m_byFirstToken[alias.tokens.first()].append(m_aliases.size());
    m_aliases.append(alias);
}

void Gazetteer::finishIndex()
{
    // One-word place spellings by skeleton, for unseen spellings; also the
    // skeleton without its last letter (a dropped or added final letter).
    for (const Alias &a : m_aliases) {
        if (a.tokens.size() != 1 || m_entities.at(a.entity).type != EntityType::Place)
            continue;
        const QString k = skeleton(a.tokens.first());
        if (k.size() < MinimumSkeleton)
            continue;
        QStringList keys{k};
        if (k.size() > MinimumSkeleton)
            keys.append(k.first(k.size() - 1) + u'~');
        for (const QString &key : keys) {
            const auto it = m_bySkeleton.constFind(key);
            if (it == m_bySkeleton.cend())
                m_bySkeleton.insert(key, a.entity);
            else if (it.value() != a.entity)
                m_bySkeleton[key] = -1;
        }
    }
    for (auto it = m_byFirstToken.begin(); it != m_byFirstToken.end(); ++it) {
        // Longest first, so the first alias that matches is the longest match.
        std::stable_sort(it.value().begin(), it.value().end(), [this](qsizetype a, qsizetype b) {
            return m_aliases.at(a).tokens.size() > m_aliases.at(b).tokens.size();
        });
        // One set answers mayStartAlias with one lookup: the first tokens, and
        // those of them with the article, without it (للكرملين → كرملين).
        m_mayStart.insert(it.key());
        if (it.key().startsWith(Article) && it.key().size() > Article.size() + 1)
            m_mayStart.insert(it.key().sliced(Article.size()));
    }
    m_aliasIndex = AliasIndex(m_aliases, m_byFirstToken);
    m_quickFilter.assign(QuickFilterBits / 64, 0);
    for (const QString &key : std::as_const(m_mayStart)) {
        const quint32 k = quickKey(key);
        m_quickFilter[k >> 6] |= quint64(1) << (k & 63);
    }
}

const Entity *Gazetteer::entity(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entities.at(it.value());
}

quint32 Gazetteer::quickKey(QStringView token)
{
    const qsizetype n = token.size();
    if (n == 0)
        return 0;
    const quint32 a = token[0].unicode();
    const quint32 b = n > 1 ? token[1].unicode() : 0;
    const quint32 z = token[n - 1].unicode();
    return (a * 0x9E37u ^ b * 0x85EBu ^ z * 0xC2B3u ^ quint32(n) * 0x27D4u) % QuickFilterBits;
}

const QList<qsizetype> *Gazetteer::aliasesStartingWith(QStringView token) const
{
    if (!mayBeKey(token))
        return nullptr;
    // fromRawData: a lookup key without copying the text.
    const QString key = QString::fromRawData(token.data(), token.size());
    const auto it = m_byFirstToken.constFind(key);
    return it == m_byFirstToken.cend() ? nullptr : &it.value();
}

bool Gazetteer::isCommonWord(QStringView folded) const
{
    return m_commonWords.contains(QString::fromRawData(folded.data(), folded.size()));
}

QString Gazetteer::skeleton(QStringView folded)
{
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t c = folded[i].unicode();
        switch (c) {
        case u'\u0627': // ا
        case u'\u0648': // و
        case u'\u064A': // ي
        case u'\u0621': // ء
            continue;
        case u'\u0647': // ه: ة at the end
            if (i + 1 == folded.size())
                continue;
            out += QChar(c);
            continue;
        case u'\u062C':           // ج
        case u'\u063A':           // غ
        case u'\u0642':           // ق
            out += QChar(0x0643); // ك
            continue;
        default:
            out += QChar(c);
        }
    }
    return out;
}

qsizetype Gazetteer::placeBySkeleton(QStringView folded) const
{
    const QString k = skeleton(folded);
    if (k.size() < MinimumSkeleton)
        return -1;
    // The same skeleton, a final letter dropped (k + ~ is an alias's skeleton
    // without its last letter), or one added.
    QStringList keys{k, k + u'~'};
    if (k.size() > MinimumSkeleton)
        keys.append(k.first(k.size() - 1));
    for (const QString &key : keys) {
        const auto it = m_bySkeleton.constFind(key);
        if (it != m_bySkeleton.cend())
            return it.value();
    }
    return -1;
}

bool Gazetteer::mayStartAlias(QStringView token) const
{
    if (!mayBeKey(token))
        return false;
    const QString key = QString::fromRawData(token.data(), token.size());
    return m_mayStart.contains(key);
}

AliasIndex::AliasIndex(const QList<Alias> &aliases,
                       const QHash<QString, QList<qsizetype>> &byFirstToken)
{
    m_shapes.reserve(size_t(aliases.size()));
    for (const Alias &a : aliases) {
        Shape shape;
        shape.tokenCount = qint32(a.tokens.size());
        shape.hashesAt = qint32(m_tokenHashes.size());
        shape.bareAlef = a.bareAlef;
        for (const QString &gap : a.gaps) {
            if (!std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); }))
                shape.blankGaps = false;
        }
        for (const QString &t : a.tokens)
            m_tokenHashes.push_back(TokenHash::of(t));
        m_shapes.push_back(shape);
    }
    size_t slots = 16;
    m_shift = 60;
    while (slots < size_t(byFirstToken.size()) * 4) {
        slots *= 2;
        --m_shift;
    }
    m_slots.assign(slots, Slot());
    m_filter.assign((size_t(1) << 16) / 64, 0);
    for (auto it = byFirstToken.cbegin(); it != byFirstToken.cend(); ++it) {
        const quint64 hash = TokenHash::of(it.key());
        size_t s = slotOf(hash);
        while (m_slots[s].firstToken >= 0)
            s = (s + 1) & (slots - 1);
        m_slots[s] = {hash, qint32(m_firstTokens.size())};
        m_filter[filterBit(hash) / 64] |= quint64(1) << (filterBit(hash) % 64);
        m_firstTokens.push_back({it.key(), qsizetype(m_candidates.size()), it.value().size()});
        m_candidates.insert(m_candidates.end(), it.value().cbegin(), it.value().cend());
    }
}

std::span<const qsizetype> AliasIndex::find(QStringView token, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t s = slotOf(hash);; s = (s + 1) & mask) {
        const Slot &slot = m_slots[s];
        if (slot.firstToken < 0)
            return {};
        const FirstToken &f = m_firstTokens[size_t(slot.firstToken)];
        if (slot.hash == hash && f.token == token)
            return {m_candidates.data() + f.begin, size_t(f.count)};
    }
}

} // namespace Marsad::Entities

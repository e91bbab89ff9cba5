#include "gazetteer.h"

#include "arabicfolder.h"
#include "segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

const QString Article = u"\u0627\u0644"_s;

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
    GazetteerLoad loaded = fromJson(file.readAll());
    if (!loaded)
        loaded.error = path + u": "_s + loaded.error;
    return loaded;
}

GazetteerLoad Gazetteer::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {nullptr, u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                             .arg(parseError.errorString())};
    if (!doc.isArray())
        return {nullptr, u"the gazetteer must be a JSON array of entities"_s};

    std::shared_ptr<Gazetteer> g(new Gazetteer);
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Entity e;
        e.id = o.value(u"id"_s).toString();
        e.ar = o.value(u"ar"_s).toString().trimmed();
        e.en = o.value(u"en"_s).toString();
        if (e.id.isEmpty() || e.ar.isEmpty())
            return {nullptr, u"entity %1 has no id or no Arabic name"_s.arg(i)};
        if (g->m_byId.contains(e.id))
            return {nullptr, u"duplicate entity id %1"_s.arg(e.id)};
        if (!entityTypeFromName(o.value(u"type"_s).toString(), &e.type))
            return {nullptr, u"entity %1 has an unknown type"_s.arg(e.id)};
        e.aliases = stringList(o.value(u"aliases"_s));
        e.needsContext = stringList(o.value(u"needs_context"_s));
        e.kind = o.value(u"kind"_s).toString();
        e.country = o.value(u"country"_s).toString();
        e.pinned = o.value(u"pinned"_s).toBool(false);
        if (o.value(u"lat"_s).isDouble() && o.value(u"lon"_s).isDouble()) {
            e.lat = o.value(u"lat"_s).toDouble();
            e.lon = o.value(u"lon"_s).toDouble();
            e.hasCoordinates = true;
        }
        const qsizetype index = g->m_entities.size();
        g->m_byId.insert(e.id, index);
        g->m_entities.append(e);

        // Needs-context is decided on the folded form, so every spelling that
        // folds alike (شوشة/شوشه) is treated alike.
        QSet<QString> ambiguous;
        for (const QString &a : e.needsContext)
            ambiguous.insert(Text::ArabicFolder::foldString(a));
        g->addAlias(index, e.ar, ambiguous.contains(Text::ArabicFolder::foldString(e.ar)));
        for (const QString &a : e.aliases)
            g->addAlias(index, a, ambiguous.contains(Text::ArabicFolder::foldString(a)));
    }
    g->finishIndex();
    return {std::move(g), QString()};
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
}

const Entity *Gazetteer::entity(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entities.at(it.value());
}

const QList<qsizetype> *Gazetteer::aliasesStartingWith(QStringView token) const
{
    // fromRawData: a lookup key without copying the text.
    const QString key = QString::fromRawData(token.data(), token.size());
    const auto it = m_byFirstToken.constFind(key);
    return it == m_byFirstToken.cend() ? nullptr : &it.value();
}

bool Gazetteer::mayStartAlias(QStringView token) const
{
    const QString key = QString::fromRawData(token.data(), token.size());
    return m_mayStart.contains(key);
}

} // namespace Marsad::Entities

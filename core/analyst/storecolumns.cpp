#include "storecolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Marsad::Analyst::StoreColumns {
namespace {

// A null QString is bound as SQL NULL; the columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant integer(qint64 value)
{
    return QVariant(qint64(value));
}

QVariant real(double value)
{
    return QVariant(value);
}

QVariant date(const QDate &value)
{
    return text(value.isValid() ? value.toString(Qt::ISODate) : QString());
}

QVariant list(const QStringList &values)
{
    return text(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

void appendAnchor(Row &row, const Anchor &a)
{
    row.append({"article_key", "anchor", text(QString::fromLatin1(a.articleKey))});
    row.append({"anchor_file", "anchor", text(a.file)});
    row.append({"anchor_index", "anchor", integer(a.indexInFile)});
    row.append({"span_start", "anchor", integer(a.span.start)});
    row.append({"span_end", "anchor", integer(a.span.end)});
    row.append({"surface", "anchor", text(a.surface)});
    row.append({"context_before", "anchor", text(a.before)});
    row.append({"context_after", "anchor", text(a.after)});
}

/// Reads the columns of one row by name.
class Reader
{
public:
    explicit Reader(const QSqlQuery &query) : m_query(query) {}
    QString text(const char *name) const { return value(name).toString(); }
    qint64 integer(const char *name) const { return value(name).toLongLong(); }
    double real(const char *name) const { return value(name).toDouble(); }
    bool flag(const char *name) const { return integer(name) != 0; }
    QDate date(const char *name) const { return QDate::fromString(text(name), Qt::ISODate); }
    QStringList list(const char *name) const
    {
        QStringList out;
        const QJsonArray array = QJsonDocument::fromJson(text(name).toUtf8()).array();
        for (const QJsonValue &v : array)
            out.append(v.toString());
        return out;
    }
    QDateTime modified() const
    {
        return QDateTime::fromString(text("modified"), Qt::ISODateWithMs).toUTC();
    }
    Anchor anchor() const
    {
        Anchor a;
        a.articleKey = text("article_key").toLatin1();
        a.file = text("anchor_file");
        a.indexInFile = int(integer("anchor_index"));
        a.span = {integer("span_start"), integer("span_end")};
        a.surface = text("surface");
        a.before = text("context_before");
        a.after = text("context_after");
        return a;
    }

private:
    QVariant value(const char *name) const { return m_query.value(QString::fromLatin1(name)); }
    const QSqlQuery &m_query;
};

QString sqlType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return u"BIGINT NOT NULL DEFAULT 0"_s;
    case QMetaType::Double:
        return u"DOUBLE PRECISION NOT NULL DEFAULT 0"_s;
    default:
        return u"TEXT NOT NULL DEFAULT ''"_s;
    }
}

} // namespace

Row columnsOf(const Correction &c)
{
    Row row;
    row.append({"kind", "kind", text(correctionKindName(c.kind))});
    appendAnchor(row, c.anchor);
    row.append({"entity_id", "entity_id", text(c.entityId)});
    row.append({"target_entity_id", "target_entity_id", text(c.targetEntityId)});
    row.append({"date_start", "dates", date(c.dateStart)});
    row.append({"date_end", "dates", date(c.dateEnd)});
    row.append({"note", "note", text(c.note)});
    row.append({"new_entity_id", "new_entity_id", text(c.entity.id)});
    row.append({"new_entity_type", "new_entity_type", text(entityTypeName(c.entity.type))});
    row.append({"new_entity_ar", "new_entity_ar", text(c.entity.ar)});
    row.append({"new_entity_en", "new_entity_en", text(c.entity.en)});
    row.append({"new_entity_aliases", "new_entity_aliases", list(c.entity.aliases)});
    row.append({"new_entity_lat", "new_entity_coordinates", real(c.entity.lat)});
    row.append({"new_entity_lon", "new_entity_coordinates", real(c.entity.lon)});
    row.append(
        {"new_entity_has_coordinates", "new_entity_coordinates", integer(c.entity.hasCoordinates)});
    row.append({"deleted", "deleted", integer(c.deleted)});
    return row;
}

Row columnsOf(const Note &n)
{
    Row row;
    row.append({"target", "target", text(noteTargetName(n.target))});
    appendAnchor(row, n.anchor);
    row.append({"note_text", "note_text", text(n.text)});
    row.append({"tags", "tags", list(n.tags)});
    row.append({"bookmark", "bookmark", integer(n.bookmark)});
    row.append({"deleted", "deleted", integer(n.deleted)});
    return row;
}

Row columnsOf(const SavedView &v)
{
    Row row;
    row.append({"name", "name", text(v.name)});
    row.append({"included_entities", "included_entities", list(v.includedEntities)});
    row.append({"excluded_entities", "excluded_entities", list(v.excludedEntities)});
    row.append({"filter_from", "filter_from", date(v.filterFrom)});
    row.append({"filter_to", "filter_to", date(v.filterTo)});
    row.append({"query", "query", text(v.query)});
    row.append({"undated_only", "undated_only", integer(v.undatedOnly)});
    row.append({"timeline_from", "timeline", date(v.timelineFrom)});
    row.append({"timeline_to", "timeline", date(v.timelineTo)});
    row.append({"map_lat", "map", real(v.mapLat)});
    row.append({"map_lon", "map", real(v.mapLon)});
    row.append({"map_zoom", "map", real(v.mapZoom)});
    row.append({"deleted", "deleted", integer(v.deleted)});
    return row;
}

bool read(const QSqlQuery &query, Correction *c)
{
    const Reader r(query);
    c->uid = r.text("uid");
    if (!correctionKindFromName(r.text("kind"), &c->kind))
        return false;
    c->anchor = r.anchor();
    c->entityId = r.text("entity_id");
    c->targetEntityId = r.text("target_entity_id");
    c->dateStart = r.date("date_start");
    c->dateEnd = r.date("date_end");
    c->note = r.text("note");
    c->entity.id = r.text("new_entity_id");
    if (!entityTypeFromName(r.text("new_entity_type"), &c->entity.type))
        return false;
    c->entity.ar = r.text("new_entity_ar");
    c->entity.en = r.text("new_entity_en");
    c->entity.aliases = r.list("new_entity_aliases");
    c->entity.lat = r.real("new_entity_lat");
    c->entity.lon = r.real("new_entity_lon");
    c->entity.hasCoordinates = r.flag("new_entity_has_coordinates");
    c->deleted = r.flag("deleted");
    c->author = r.text("author");
    c->modified = r.modified();
    return true;
}

bool read(const QSqlQuery &query, Note *n)
{
    const Reader r(query);
    n->uid = r.text("uid");
    if (!noteTargetFromName(r.text("target"), &n->target))
        return false;
    n->anchor = r.anchor();
    n->text = r.text("note_text");
    n->tags = r.list("tags");
    n->bookmark = r.flag("bookmark");
    n->deleted = r.flag("deleted");
    n->author = r.text("author");
    n->modified = r.modified();
    return true;
}

bool read(const QSqlQuery &query, SavedView *v)
{
    const Reader r(query);
    v->uid = r.text("uid");
    v->name = r.text("name");
    v->includedEntities = r.list("included_entities");
    v->excludedEntities = r.list("excluded_entities");
    v->filterFrom = r.date("filter_from");
    v->filterTo = r.date("filter_to");
    v->query = r.text("query");
    v->undatedOnly = r.flag("undated_only");
    v->timelineFrom = r.date("timeline_from");
    v->timelineTo = r.date("timeline_to");
    v->mapLat = r.real("map_lat");
    v->mapLon = r.real("map_lon");
    v->mapZoom = r.real("map_zoom");
    v->deleted = r.flag("deleted");
    v->author = r.text("author");
    v->modified = r.modified();
    return true;
}

QString createTable(const char *table, const Row &columns)
{
    QString sql = u"CREATE TABLE IF NOT EXISTS "_s + QLatin1String(table) +
                  u" (uid TEXT NOT NULL PRIMARY KEY"_s;
    for (const Column &c : columns)
        sql += u", "_s + QLatin1String(c.name) + u' ' + sqlType(c.value);
    // author: the OS user who wrote last; modified, created: UTC ISO 8601;
    // revision: bumped by every write of the row; seq: the order of creation
    // (many items are made within one millisecond).
    sql += u", author TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '', "
           "created TEXT NOT NULL DEFAULT '', revision BIGINT NOT NULL DEFAULT 0, "
           "seq BIGINT NOT NULL DEFAULT 0)"_s;
    return sql;
}

} // namespace Marsad::Analyst::StoreColumns

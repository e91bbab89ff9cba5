#include "placegeojson.h"

#include "gazetteer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Marsad::Exchange {
namespace {

struct EventDates
{
    int events = 0;
    QDate first;
    QDate last;
};

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

double rounded(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

} // namespace

QJsonObject PlaceGeoJson::collection(const Index::CorpusIndex &index, const Selection &selection)
{
    // The events that name each place, as the event table counts them.
    QHash<QString, EventDates> eventDates;
    for (const qsizetype row : selection.eventRows) {
        for (const Time::Event &event : index.article(row).time.events) {
            if (!selection.eventPasses(event))
                continue;
            for (const QString &id : event.entityIds) {
                EventDates &d = eventDates[id];
                ++d.events;
                if (!d.first.isValid() || event.start < d.first)
                    d.first = event.start;
                if (!d.last.isValid() || event.end > d.last)
                    d.last = event.end;
            }
        }
    }

    const Entities::Gazetteer *gazetteer = index.gazetteer();
    QJsonArray features;
    for (const Index::EntityStats &s : index.entityStats(selection.rows)) {
        if (s.type != EntityType::Place)
            continue;
        const Entities::Entity *entity = gazetteer ? gazetteer->entity(s.id) : nullptr;
        const EventDates d = eventDates.value(s.id);
        QJsonObject properties{
            {u"id"_s, s.id},
            {u"name_en"_s,
             s.nameEn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.nameEn)},
            {u"name_ar"_s, s.nameAr},
            {u"kind"_s, entity && !entity->kind.isEmpty() ? QJsonValue(entity->kind)
                                                          : QJsonValue(QJsonValue::Null)},
            {u"pinned"_s, entity && entity->pinned},
            {u"candidate"_s, s.candidate},
            {u"articles"_s, s.articles},
            {u"mentions"_s, s.mentions},
            {u"events"_s, d.events},
            {u"first_date"_s, dateValue(s.first)},
            {u"last_date"_s, dateValue(s.last)},
            {u"first_event_date"_s, dateValue(d.first)},
            {u"last_event_date"_s, dateValue(d.last)},
        };
        QJsonValue geometry(QJsonValue::Null);
        if (entity && entity->hasCoordinates) {
            geometry = QJsonObject{
                {u"type"_s, u"Point"_s},
                {u"coordinates"_s, QJsonArray{rounded(entity->lon), rounded(entity->lat)}}};
        }
        features.append(QJsonObject{{u"type"_s, u"Feature"_s},
                                    {u"id"_s, s.id},
                                    {u"geometry"_s, geometry},
                                    {u"properties"_s, properties}});
    }
    return {{u"type"_s, u"FeatureCollection"_s}, {u"features"_s, features}};
}

QByteArray PlaceGeoJson::write(const Index::CorpusIndex &index, const Selection &selection)
{
    // One feature per line: small, and still readable and diffable.
    const QJsonObject all = collection(index, selection);
    const QJsonArray features = all.value(u"features"_s).toArray();
    QByteArray text = R"({"type":"FeatureCollection","features":[)";
    for (qsizetype i = 0; i < features.size(); ++i) {
        text += i > 0 ? ",\n" : "\n";
        text += QJsonDocument(features.at(i).toObject()).toJson(QJsonDocument::Compact);
    }
    text += "\n]}\n";
    return text;
}

} // namespace Marsad::Exchange

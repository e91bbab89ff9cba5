#include "eventtable.h"

#include "gazetteer.h"
#include "textoffsets.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Marsad::Exchange {
namespace {

QString coordinate(double value)
{
    // Six decimals (about 10 cm), RFC 7946's advice for GeoJSON as well.
    return QString::number(value, 'f', 6);
}

} // namespace

QStringList EventTable::header()
{
    return {u"event_id"_s,   u"event_date"_s, u"event_end_date"_s,  u"time_precision"_s,
            u"date_text"_s,  u"place_id"_s,   u"place_en"_s,        u"place_ar"_s,
            u"place_kind"_s, u"latitude"_s,   u"longitude"_s,       u"geo_precision"_s,
            u"entities"_s,   u"evidence"_s,   u"article_file"_s,    u"char_start"_s,
            u"char_end"_s,   u"published"_s,  u"published_basis"_s, u"published_confidence"_s};
}

QString EventTable::eventId(const Corpus::Article &article, const TextSpan &span)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QFileInfo(article.file).fileName().toUtf8());
    hash.addData(QByteArray::number(article.indexInFile));
    hash.addData(QByteArrayView("\n"));
    hash.addData(article.text.toUtf8());
    const QByteArray where = QByteArray::number(span.start) + ':' + QByteArray::number(span.end);
    hash.addData(where);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

void EventTable::write(const Index::CorpusIndex &index, const Selection &selection, CsvWriter &csv)
{
    csv.writeRow(header());
    const Entities::Gazetteer *gazetteer = index.gazetteer();
    for (const qsizetype row : selection.eventRows) {
        const Analysis::AnalyzedArticle &a = index.article(row);
        const Time::PublishedDate &published = a.time.published;
        const CodePointOffsets offsets(a.article.text);
        for (const Time::Event &event : a.time.events) {
            if (!csv.ok())
                return;
            if (!selection.eventPasses(event))
                continue;
            QStringList places;
            for (const QString &id : event.entityIds) {
                if (index.describe(id).type == EntityType::Place)
                    places.append(id);
            }
            if (places.isEmpty())
                places.append(QString());
            const QString id = eventId(a.article, event.span);
            for (const QString &place : std::as_const(places)) {
                const Index::EntityStats names =
                    place.isEmpty() ? Index::EntityStats{} : index.describe(place);
                const Entities::Entity *entity =
                    gazetteer && !place.isEmpty() ? gazetteer->entity(place) : nullptr;
                const bool located = entity && entity->hasCoordinates;
                csv.writeRow({id,
                              event.start.toString(Qt::ISODate),
                              event.end.toString(Qt::ISODate),
                              Time::precisionName(event.precision),
                              event.timex.surface,
                              place,
                              names.nameEn,
                              names.nameAr,
                              entity ? entity->kind : QString(),
                              located ? coordinate(entity->lat) : QString(),
                              located ? coordinate(entity->lon) : QString(),
                              located ? u"gazetteer"_s : u"none"_s,
                              event.entityIds.join(u';'),
                              event.evidence,
                              a.article.file,
                              QString::number(offsets.toCodePoint(event.span.start)),
                              QString::number(offsets.toCodePoint(event.span.end)),
                              published.value,
                              Time::basisName(published.basis),
                              published.isNull() ? QString()
                                                 : QString::number(published.confidence, 'f', 2)});
            }
        }
    }
}

} // namespace Marsad::Exchange

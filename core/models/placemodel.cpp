#include "placemodel.h"

#include "roles.h"

#include <QHash>
#include <QPointF>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Marsad::Models {

PlaceModel::PlaceModel(QObject *parent) : QAbstractTableModel(parent)
{}

void PlaceModel::setSource(Index::FilterResult *source)
{
    connect(source, &Index::FilterResult::indexChanged, this,
            [this, source] { setIndex(source->index()); });
    connect(source, &Index::FilterResult::indexUpdated, this,
            [this, source] { setIndex(source->index()); });
    connect(source, &Index::FilterResult::rowsChanged, this,
            [this, source] { setRows(source->rows()); });
}

void PlaceModel::setIndex(std::shared_ptr<const Index::CorpusIndex> index)
{
    m_index = std::move(index);
    m_buckets.clear();
    // The places always listed are flagged in the gazetteer, in its order.
    m_pinned.clear();
    if (const Entities::Gazetteer *gazetteer = m_index ? m_index->gazetteer() : nullptr) {
        QList<const Entities::Entity *> pinned;
        for (const Entities::Entity &e : gazetteer->entities()) {
            if (e.pinned)
                pinned.append(&e);
        }
        std::stable_sort(pinned.begin(), pinned.end(),
                         [](const Entities::Entity *a, const Entities::Entity *b) {
                             return a->pinRank < b->pinRank;
                         });
        for (const Entities::Entity *e : std::as_const(pinned))
            m_pinned.append(e->id);
    }
    QDate first, last;
    if (m_index) {
        for (const Analysis::AnalyzedArticle &a : m_index->articles()) {
            const QDate d = a.time.published.date;
            if (!d.isValid())
                continue;
            first = !first.isValid() || d < first ? d : first;
            last = !last.isValid() || d > last ? d : last;
        }
    }
    if (first.isValid()) {
        // Weekly buckets, at most 60 (then wider), so a sparkline stays small.
        const qint64 days = first.daysTo(last) + 1;
        const qint64 width = std::max<qint64>(7, (days + 59) / 60);
        for (QDate d = first; d <= last; d = d.addDays(width))
            m_buckets.append(d);
    }
    setRows({});
    if (m_index) {
        QList<qsizetype> all(m_index->size());
        std::iota(all.begin(), all.end(), 0);
        setRows(all);
    }
}

void PlaceModel::setRows(const QList<qsizetype> &rows)
{
    beginResetModel();
    m_places.clear();
    if (m_index) {
        const QList<Index::EntityStats> stats = m_index->entityStats(rows, m_pinned);
        QHash<QString, qsizetype> position;
        for (const Index::EntityStats &s : stats) {
            if (s.type != EntityType::Place || s.candidate)
                continue;
            PlaceRow row;
            row.stats = s;
            row.pinned = m_pinned.contains(s.id);
            if (const Entities::Entity *e =
                    m_index->gazetteer() ? m_index->gazetteer()->entity(s.id) : nullptr) {
                row.lon = e->lon;
                row.lat = e->lat;
                row.hasCoordinates = e->hasCoordinates;
                row.kind = e->kind;
            }
            row.trend.fill(0, m_buckets.size());
            position.insert(s.id, m_places.size());
            m_places.append(row);
        }
        // Sparklines: mentions by the publication date of their article.
        QHash<int, qsizetype> placeOfEntity; // entity number -> row in m_places
        const QStringList &ids = m_index->entityIds();
        for (qsizetype e = 0; e < ids.size(); ++e) {
            if (const auto it = position.constFind(ids.at(e)); it != position.cend())
                placeOfEntity.insert(int(e), *it);
        }
        for (const qsizetype r : rows) {
            const QDate d = m_index->article(r).time.published.date;
            if (!d.isValid() || m_buckets.isEmpty())
                continue;
            const auto bucket =
                std::upper_bound(m_buckets.cbegin(), m_buckets.cend(), d) - m_buckets.cbegin() - 1;
            if (bucket < 0)
                continue;
            for (const Index::CorpusIndex::EntityCount &c : m_index->entityCounts(r)) {
                if (const auto it = placeOfEntity.constFind(c.entity); it != placeOfEntity.cend())
                    m_places[*it].trend[bucket] += c.mentions;
            }
        }
        std::stable_sort(m_places.begin(), m_places.end(),
                         [this](const PlaceRow &a, const PlaceRow &b) {
                             const auto pa = m_pinned.indexOf(a.stats.id);
                             const auto pb = m_pinned.indexOf(b.stats.id);
                             if ((pa >= 0) != (pb >= 0))
                                 return pa >= 0;
                             if (pa >= 0)
                                 return pa < pb;
                             return a.stats.mentions > b.stats.mentions;
                         });
    }
    endResetModel();
}

int PlaceModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_places.size(); ++i) {
        if (m_places.at(i).stats.id == id)
            return i;
    }
    return -1;
}

int PlaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

int PlaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlaceRow &p = m_places.at(index.row());
    const Index::EntityStats &s = p.stats;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return s.nameAr;
        case EnglishColumn:
            return s.nameEn;
        case MentionsColumn:
            return s.mentions;
        case ArticlesColumn:
            return s.articles;
        case FirstColumn:
            return s.first; // a date: the view formats it in the UI's locale
        case LastColumn:
            return s.last;
        case TrendColumn:
            return role == SortRole ? QVariant(s.mentions) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return s.nameEn.isEmpty() ? s.nameAr : s.nameAr + u" — "_s + s.nameEn;
    case EntityIdRole:
        return s.id;
    case EntityTypeRole:
        return int(EntityType::Place);
    case MentionCountRole:
        return s.mentions;
    case ArticleCountRole:
        return s.articles;
    case PinnedRole:
        return p.pinned;
    case LonLatRole:
        return p.hasCoordinates ? QVariant(QPointF(p.lon, p.lat)) : QVariant();
    case TrendRole:
        return QVariant::fromValue(p.trend);
    }
    return {};
}

QVariant PlaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Place");
    case EnglishColumn:
        return tr("English");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case TrendColumn:
        return tr("Over time");
    }
    return {};
}

} // namespace Marsad::Models

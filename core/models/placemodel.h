// Every place of the (filtered) corpus: Arabic and English names, mentions,
// articles, first and last date, and mentions over time for a sparkline.
// Shusha, Stepanakert and Jabrayil are pinned at the top and always present,
// showing zero when the filter leaves none.
#pragma once

#include "corpusindex.h"
#include "filterresult.h"

#include <QAbstractTableModel>

#include <memory>

namespace Marsad::Models {

struct PlaceRow
{
    Index::EntityStats stats;
    double lon = 0.0;
    double lat = 0.0;
    bool hasCoordinates = false;
    bool pinned = false;
    QString kind;     ///< The gazetteer's kind: "city", "district", "country", "region"…
    QList<int> trend; ///< Mentions per bucket (see PlaceModel::trendBuckets()).
};

class PlaceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceModel)
public:
    enum Column
    {
        NameColumn,
        EnglishColumn,
        MentionsColumn,
        ArticlesColumn,
        FirstColumn,
        LastColumn,
        TrendColumn,
        ColumnCount
    };

    /// Always listed first, in this order: the gazetteer's pinned places.
    const QStringList &pinnedPlaces() const { return m_pinned; }

    explicit PlaceModel(QObject *parent = nullptr);

    /// A new corpus: fixes the time buckets of the sparklines.
    void setIndex(std::shared_ptr<const Index::CorpusIndex> index);
    /// Recounts over the articles at \a rows (a reset).
    void setRows(const QList<qsizetype> &rows);
    /// Follows \a source: its corpus and the rows that pass the filter.
    void setSource(Index::FilterResult *source);

    const QList<PlaceRow> &places() const { return m_places; }
    int rowOf(const QString &id) const;
    /// The dates the sparkline buckets start at (weekly over the corpus).
    const QList<QDate> &trendBuckets() const { return m_buckets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Index::CorpusIndex> m_index;
    QList<PlaceRow> m_places;
    QStringList m_pinned;
    QList<QDate> m_buckets;
};

} // namespace Marsad::Models

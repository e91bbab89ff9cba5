// The entities of the (filtered) corpus, grouped by type: people, places,
// organisations, then candidates; most mentioned first within a group.
#pragma once

#include "corpusindex.h"
#include "filterresult.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace Marsad::Models {

class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)
public:
    enum Column
    {
        NameColumn,
        EnglishColumn,
        MentionsColumn,
        ArticlesColumn,
        ColumnCount
    };
    enum Group
    {
        People,
        Places,
        Organisations,
        Candidates,
        GroupCount
    };

    explicit EntityModel(QObject *parent = nullptr);

    /// Replaces the statistics (a model reset).
    void setStats(const QList<Index::EntityStats> &stats);
    /// Follows \a source: the statistics of the articles that pass the filter.
    void setSource(Index::FilterResult *source);
    /// The statistics of \a index's entity; nullptr for a group row.
    const Index::EntityStats *statsAt(const QModelIndex &index) const;
    /// The index of an entity's row (column 0), or an invalid index.
    QModelIndex indexOf(const QString &entityId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr GroupId = quintptr(-1);
    QList<Index::EntityStats> m_groups[GroupCount];
};

/// Filters the entity tree by a search text: folded Arabic (اذربيجان finds
/// أذربيجان) or English (shusha finds شوشة); groups stay while a child matches.
class EntitySearchProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntitySearchProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_folded;
};

} // namespace Marsad::Models

// The articles that pass the current filter, as a table: date, title,
// source, mentions. The filtering happens in CorpusIndex; this model only
// shows the rows it is given.
#pragma once

#include "corpusindex.h"
#include "filterresult.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace Marsad::Models {

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        SourceColumn,
        MentionsColumn,
        ColumnCount
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    /// The outlet of an article: its metadata's source, its address's host, or
    /// a news outlet the text names in a source or credit line or at its edges.
    static QString sourceOf(const Analysis::AnalyzedArticle &article,
                            const Entities::Gazetteer *gazetteer);

    /// A new corpus; shows every article.
    void setIndex(std::shared_ptr<const Index::CorpusIndex> index);
    /// Shows the articles at corpus \a rows (ascending), removing and inserting
    /// rows rather than resetting, so that selection survives.
    void setRows(QList<qsizetype> rows);
    /// Follows \a source: its corpus and the rows that pass the filter.
    void setSource(Index::FilterResult *source);
    const Index::CorpusIndex *corpusIndex() const { return m_index.get(); }

    /// The article shown in \a index's row; \a index must be valid.
    const Analysis::AnalyzedArticle &articleAt(const QModelIndex &index) const;
    /// Corpus row of the article shown in model row \a row.
    qsizetype corpusRow(int row) const { return m_rows.at(row); }
    /// Model row showing corpus row \a corpusRow, or -1.
    int rowOf(qsizetype corpusRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Index::CorpusIndex> m_index;
    QList<qsizetype> m_rows;
    QList<int> m_mentionCounts; ///< Per corpus row, computed once per corpus.
};

} // namespace Marsad::Models

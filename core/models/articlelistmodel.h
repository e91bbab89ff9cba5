// The articles of a corpus as a table: one row per article, in corpus order.
#pragma once

#include "article.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marsad::Models {

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column
    {
        TitleColumn,
        FileColumn,
        ColumnCount
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    /// Replaces all articles (a model reset).
    void setArticles(QList<Corpus::Article> articles);
    const QList<Corpus::Article> &articles() const { return m_articles; }

    /// The article of \a index's row; \a index must be valid.
    const Corpus::Article &articleAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Corpus::Article> m_articles;
};

} // namespace Marsad::Models

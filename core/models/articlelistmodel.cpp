#include "articlelistmodel.h"

#include "roles.h"

#include <QFileInfo>

namespace Marsad::Models {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ArticleListModel::setArticles(QList<Corpus::Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

const Corpus::Article &ArticleListModel::articleAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_articles.at(index.row());
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Corpus::Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.displayTitle();
        case FileColumn:
            return QFileInfo(article.file).fileName();
        }
        return {};
    case Qt::ToolTipRole:
        return article.file;
    case ArticleIndexRole:
        return index.row();
    case FilePathRole:
        return article.file;
    case TitleRole:
        return article.title;
    case TextRole:
        return article.text;
    case IssueCountRole:
        return int(article.issues.size());
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FileColumn:
        return tr("File");
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIndexRole, QByteArrayLiteral("articleIndex"));
    names.insert(FilePathRole, QByteArrayLiteral("filePath"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(TextRole, QByteArrayLiteral("text"));
    names.insert(IssueCountRole, QByteArrayLiteral("issueCount"));
    return names;
}

} // namespace Marsad::Models

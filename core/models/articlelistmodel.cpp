#include "articlelistmodel.h"

#include "roles.h"

#include <QFileInfo>
#include <QUrl>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Marsad::Models {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent)
{}

QString ArticleListModel::sourceOf(const Analysis::AnalyzedArticle &analyzed,
                                   const Entities::Gazetteer *gazetteer)
{
    const Corpus::Article &a = analyzed.article;
    if (!a.source.isEmpty())
        return a.source;
    const QString host = QUrl(a.url).host();
    if (!host.isEmpty())
        return host.startsWith(u"www."_s) ? host.mid(4) : host;
    if (!gazetteer)
        return {};
    // A news outlet named where outlets sign: a source or credit line (marked
    // boilerplate), or the very start or end of the text.
    constexpr qsizetype Edge = 250;
    const Mention *best = nullptr;
    for (const Mention &m : analyzed.mentions) {
        const Entities::Entity *e = m.candidate ? nullptr : gazetteer->entity(m.entityId);
        if (!e || e->kind != u"media"_s)
            continue;
        if (a.isBoilerplate(m.span))
            return e->ar;
        if (!best && (m.span.start < Edge || m.span.end > a.text.size() - Edge))
            best = &m;
    }
    return best ? gazetteer->entity(best->entityId)->ar : QString();
}

void ArticleListModel::setIndex(std::shared_ptr<const Index::CorpusIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_mentionCounts.clear();
    m_rows.clear();
    if (m_index) {
        m_rows.resize(m_index->size());
        std::iota(m_rows.begin(), m_rows.end(), 0);
        for (const Analysis::AnalyzedArticle &a : m_index->articles()) {
            m_mentionCounts.append(
                int(std::count_if(a.mentions.cbegin(), a.mentions.cend(), [&a](const Mention &m) {
                    return Index::CorpusIndex::counts(a, m);
                })));
        }
    }
    endResetModel();
}

void ArticleListModel::setSource(Index::FilterResult *source)
{
    connect(source, &Index::FilterResult::indexChanged, this,
            [this, source] { setIndex(source->index()); });
    connect(source, &Index::FilterResult::indexUpdated, this,
            [this, source] { setIndex(source->index()); });
    connect(source, &Index::FilterResult::rowsChanged, this,
            [this, source] { setRows(source->rows()); });
}

void ArticleListModel::setRows(QList<qsizetype> rows)
{
    if (!m_index)
        rows.clear();
    // Both lists ascend (input order): removing what went and inserting what
    // came keeps the views' selection and scroll position. Many scattered
    // changes are cheaper as one reset.
    QList<std::pair<int, int>> removed; // model rows [first, last], ascending
    QList<std::pair<int, int>> added;   // rows of the new list
    {
        qsizetype i = 0, j = 0;
        while (i < m_rows.size() || j < rows.size()) {
            if (j == rows.size() || (i < m_rows.size() && m_rows.at(i) < rows.at(j))) {
                if (!removed.isEmpty() && removed.last().second == i - 1)
                    removed.last().second = int(i);
                else
                    removed.append({int(i), int(i)});
                ++i;
            } else if (i == m_rows.size() || rows.at(j) < m_rows.at(i)) {
                if (!added.isEmpty() && added.last().second == j - 1)
                    added.last().second = int(j);
                else
                    added.append({int(j), int(j)});
                ++j;
            } else {
                ++i;
                ++j;
            }
        }
    }
    constexpr qsizetype MaxRuns = 64;
    if (removed.size() + added.size() > MaxRuns) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (auto it = removed.crbegin(); it != removed.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    // Now m_rows is the common part; inserting in ascending order of the new
    // list puts every row at its final position.
    for (const auto &[first, last] : std::as_const(added)) {
        beginInsertRows({}, first, last);
        m_rows.insert(first, last - first + 1, 0);
        for (int r = first; r <= last; ++r)
            m_rows[r] = rows.at(r);
        endInsertRows();
    }
    Q_ASSERT(m_rows == rows);
}

const Analysis::AnalyzedArticle &ArticleListModel::articleAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_index->article(m_rows.at(index.row()));
}

int ArticleListModel::rowOf(qsizetype corpusRow) const
{
    // m_rows ascends (input order).
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), corpusRow);
    return it != m_rows.cend() && *it == corpusRow ? int(it - m_rows.cbegin()) : -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype row = m_rows.at(index.row());
    const Analysis::AnalyzedArticle &analyzed = m_index->article(row);
    const Corpus::Article &article = analyzed.article;
    const Time::PublishedDate &published = analyzed.time.published;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return published.isNull() ? tr("undated") : published.value;
        case TitleColumn:
            return article.displayTitle();
        case SourceColumn:
            return sourceOf(analyzed, m_index->gazetteer());
        case MentionsColumn:
            return m_mentionCounts.at(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && !published.isNull())
            return published.evidence.join(u" · "_s);
        return article.file;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return published.date;
        case TitleColumn:
            return article.displayTitle();
        case SourceColumn:
            return sourceOf(analyzed, m_index->gazetteer());
        case MentionsColumn:
            return m_mentionCounts.at(row);
        }
        return {};
    case ArticleIndexRole:
        return int(row);
    case FilePathRole:
        return article.file;
    case TitleRole:
        return article.title;
    case TextRole:
        return article.text;
    case IssueCountRole:
        return int(article.issues.size());
    case PublishedDateRole:
        return published.date;
    case StartDateRole:
        return published.start;
    case EndDateRole:
        return published.end;
    case DateBasisRole:
        return int(published.basis);
    case ConfidenceRole:
        return published.confidence;
    case MentionCountRole:
        return m_mentionCounts.at(row);
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIndexRole, QByteArrayLiteral("articleIndex"));
    names.insert(FilePathRole, QByteArrayLiteral("filePath"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(PublishedDateRole, QByteArrayLiteral("published"));
    names.insert(DateBasisRole, QByteArrayLiteral("dateBasis"));
    names.insert(MentionCountRole, QByteArrayLiteral("mentionCount"));
    return names;
}

} // namespace Marsad::Models

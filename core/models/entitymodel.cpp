#include "entitymodel.h"

#include "arabicfolder.h"
#include "roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Marsad::Models {
namespace {

EntityModel::Group groupOf(const Index::EntityStats &s)
{
    if (s.candidate)
        return EntityModel::Candidates;
    switch (s.type) {
    case EntityType::Person:
        return EntityModel::People;
    case EntityType::Place:
        return EntityModel::Places;
    case EntityType::Organization:
        return EntityModel::Organisations;
    }
    return EntityModel::Places;
}

QString groupName(int group)
{
    switch (group) {
    case EntityModel::People:
        return EntityModel::tr("People");
    case EntityModel::Places:
        return EntityModel::tr("Places");
    case EntityModel::Organisations:
        return EntityModel::tr("Organisations");
    case EntityModel::Candidates:
        return EntityModel::tr("Candidates (not in the gazetteer)");
    }
    return {};
}

} // namespace

EntityModel::EntityModel(QObject *parent) : QAbstractItemModel(parent)
{}

void EntityModel::setSource(Index::FilterResult *source)
{
    connect(source, &Index::FilterResult::rowsChanged, this, [this, source] {
        setStats(source->index() ? source->index()->entityStats(source->rows())
                                 : QList<Index::EntityStats>());
    });
}

void EntityModel::setStats(const QList<Index::EntityStats> &stats)
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    for (const Index::EntityStats &s : stats) // already sorted by mentions
        m_groups[groupOf(s)].append(s);
    endResetModel();
}

const Index::EntityStats *EntityModel::statsAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return &m_groups[index.internalId()].at(index.row());
}

QModelIndex EntityModel::indexOf(const QString &entityId) const
{
    for (int g = 0; g < GroupCount; ++g) {
        for (int row = 0; row < m_groups[g].size(); ++row) {
            if (m_groups[g].at(row).id == entityId)
                return createIndex(row, 0, quintptr(g));
        }
    }
    return {};
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()), 0, GroupId);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups[parent.row()].size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const int group = index.row();
        if (role == GroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return QString(groupName(group) + u" ("_s + QLocale().toString(m_groups[group].size()) +
                           u")"_s);
        if (role == SortRole)
            return group;
        return {};
    }
    const Index::EntityStats &s = m_groups[index.internalId()].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.nameAr;
        case EnglishColumn:
            return s.nameEn;
        case MentionsColumn:
            return s.mentions;
        case ArticlesColumn:
            return s.articles;
        }
        return {};
    case Qt::ToolTipRole:
        return s.nameEn.isEmpty() ? s.nameAr : s.nameAr + u" — "_s + s.nameEn;
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
        }
        return {};
    case EntityIdRole:
        return s.id;
    case EntityTypeRole:
        return int(s.type);
    case CandidateRole:
        return s.candidate;
    case MentionCountRole:
        return s.mentions;
    case ArticleCountRole:
        return s.articles;
    case GroupRole:
        return false;
    case SearchTextRole:
        return Text::ArabicFolder::foldString(QString(s.nameAr + u' ' + s.nameEn + u' ' + s.id));
    }
    return {};
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EnglishColumn:
        return tr("English");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

EntitySearchProxy::EntitySearchProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
}

void EntitySearchProxy::setSearchText(const QString &text)
{
    const QString folded = Text::ArabicFolder::foldString(text.trimmed());
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateFilter();
}

bool EntitySearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(GroupRole).toBool())
        return false; // kept by recursive filtering when a child matches
    return index.data(SearchTextRole).toString().contains(m_folded);
}

} // namespace Marsad::Models

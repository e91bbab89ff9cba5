#include "issuelistmodel.h"

#include "roles.h"

#include <QFileInfo>

#include <algorithm>

namespace Marsad::Models {

IssueListModel::IssueListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void IssueListModel::setIssues(Issues issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int IssueListModel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const Issue &i) { return i.isError(); }));
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return issue.isError() ? tr("Error") : tr("Warning");
        case FileColumn:
            return QFileInfo(issue.file).fileName();
        case MessageColumn:
            return issue.message;
        }
    } else if (role == Qt::ToolTipRole || role == FilePathRole) {
        return issue.file;
    } else if (role == SpanStartRole) {
        return issue.start;
    } else if (role == SpanEndRole) {
        return issue.end;
    } else if (role == IssueSeverityRole) {
        return issue.isError() ? 1 : 0;
    }
    return {};
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace Marsad::Models

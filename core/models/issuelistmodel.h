// Problems found while loading a corpus, for the GUI's issues dock.
#pragma once

#include "issue.h"

#include <QAbstractTableModel>

namespace Marsad::Models {

class IssueListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueListModel)
public:
    enum Column
    {
        SeverityColumn,
        FileColumn,
        MessageColumn,
        ColumnCount
    };

    explicit IssueListModel(QObject *parent = nullptr);

    void setIssues(Issues issues);
    const Issues &issues() const { return m_issues; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Issues m_issues;
};

} // namespace Marsad::Models

// The "Notes" dock: the analyst's notes, tags and bookmarks in a list that a
// filter line narrows (words, and #tag for a tag) and a toggle limits to
// bookmarks. Enter or a double click opens a note's article at its passage;
// Delete removes the note (a tombstone, so undo and other clients see it);
// the context menu edits it.
#pragma once

#include <QDockWidget>

#include "mention.h"

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Marsad::Index {
class FilterResult;
}
namespace Marsad::Models {
class NoteModel;
}
namespace Marsad::Session {
class AnalystSession;
}

namespace Marsad::Widgets {

class NotesActions;

class NotesDock final : public QDockWidget
{
    Q_OBJECT
public:
    NotesDock(Session::AnalystSession *analyst, Index::FilterResult *corpus, NotesActions *actions,
              QWidget *parent = nullptr);

    Models::NoteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *bookmarksOnly() const { return m_bookmarksOnly; }

    /// Opens the article of the note at \a index (a view index).
    void activate(const QModelIndex &index);
    /// Removes the notes selected in the list.
    void removeSelected();

Q_SIGNALS:
    /// A note was activated: show corpus row \a row at \a span (invalid: the top).
    void articleRequested(qsizetype row, TextSpan span);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    QString uidAt(const QModelIndex &index) const;

    Session::AnalystSession *m_analyst;
    NotesActions *m_actions;
    Models::NoteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filterEdit;
    QCheckBox *m_bookmarksOnly;
};

} // namespace Marsad::Widgets

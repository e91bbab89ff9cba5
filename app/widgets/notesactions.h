// The actions that write notes and bookmarks: "Add Note…" on what the
// article pane shows (the selected passage, else the article), on a timeline
// event, and "Bookmark Article" (Ctrl+D, a toggle). They open a NoteDialog and
// write to the AnalystSession; the Notes dock shows the result.
#pragma once

#include "analystdata.h"
#include "article.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Marsad::Index {
class FilterResult;
}
namespace Marsad::Models {
class TimelineModel;
}
namespace Marsad::Session {
class AnalystSession;
}

namespace Marsad::Widgets {

class ArticlePresenter;
class ArticleView;

class NotesActions final : public QObject
{
    Q_OBJECT
public:
    /// Adds its actions to \a menu; \a window parents the dialogs.
    NotesActions(Session::AnalystSession *analyst, Index::FilterResult *corpus,
                 ArticlePresenter *presenter, ArticleView *view, QMenu *menu, QWidget *window);

    QAction *addNoteAction() const { return m_addNote; }
    QAction *bookmarkAction() const { return m_bookmark; }

    /// Opens the note dialog for a note on corpus row \a row: the whole
    /// article when \a span is invalid. The note is written when accepted.
    void addNote(qsizetype row, TextSpan span, Analyst::NoteTarget target);
    /// Opens the note dialog on the note with \a uid.
    void editNote(const QString &uid);
    /// Bookmarks the article on corpus row \a row, or removes its bookmark.
    void toggleBookmark(qsizetype row);
    /// The article-level note of \a row that is a bookmark, or null.
    const Analyst::Note *bookmarkOf(qsizetype row) const;

    /// Adds "Add Note…" to the timeline's menu of item \a item (an event's
    /// note is on its evidence; an article's on the article).
    void extendTimelineMenu(QMenu *menu, const Models::TimelineModel *model, qsizetype item);

    /// Where a note on \a span of \a article is anchored (the whole article
    /// when \a span is invalid).

private:
    void addNoteOnPane();
    void openDialog(const Analyst::Note &note, bool isNew);
    QString placeOf(const Analyst::Note &note) const;
    QStringList knownTags() const;

    Session::AnalystSession *m_analyst;
    Index::FilterResult *m_corpus;
    ArticlePresenter *m_presenter;
    ArticleView *m_view;
    QWidget *m_window;
    QAction *m_addNote;
    QAction *m_bookmark;
};

} // namespace Marsad::Widgets

// Keeps the article list, the article pane and its header in step: which
// article is shown, at which span, with which search hits — whatever asked
// for it (the list, the timeline, the map, a key, a filter change).
#pragma once

#include "filterresult.h"
#include "mention.h"

#include <QObject>

class QSortFilterProxyModel;
class QTreeView;

namespace Marsad::Models {
class ArticleListModel;
}

namespace Marsad::Widgets {

class ArticleHeader;
class ArticleView;

class ArticlePresenter final : public QObject
{
    Q_OBJECT
public:
    ArticlePresenter(Index::FilterResult *corpus, Models::ArticleListModel *model,
                     QSortFilterProxyModel *sorted, QTreeView *list, ArticleView *view,
                     ArticleHeader *header, QObject *parent = nullptr);

    /// Shows the article at corpus row \a row, selected in the list when it is
    /// listed, scrolled to and selecting \a focus when valid.
    void showArticle(qsizetype row, TextSpan focus = {});
    /// Corpus row of the article shown, or -1.
    qsizetype shownArticle() const { return m_shown; }

    /// The next (delta 1) or previous (-1) article of the list.
    void stepArticle(int delta);
    /// The next or previous mention of \a entityId in the shown article.
    void stepMention(const QString &entityId, bool forward);
    /// Puts a citation of the shown article (the selected text, else the
    /// sentence at the cursor) on the clipboard; false when none is shown.
    bool copyCitation() const;

private:
    void onRowsChanged();
    void onCurrentRowChanged();
    void selectInList(qsizetype row);

    Index::FilterResult *m_corpus;
    Models::ArticleListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_list;
    ArticleView *m_view;
    ArticleHeader *m_header;
    qsizetype m_shown = -1;
    bool m_selecting = false; ///< The list's current row is being set from here.
};

} // namespace Marsad::Widgets

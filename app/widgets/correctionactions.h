// The analyst's corrections in the viewer (issue 15): the actions on a
// mention, a selection, the article and an entity, each of which makes one
// Correction and pushes it as a command on the window's undo stack; and the
// Edit menu's Undo and Redo.
//
// The pane's context menu is the pane's own: this adds to it when it opens
// (ArticleView::contextMenuAboutToShow); the entity panel's menu likewise
// through addEntityActions(). The AnalystSession is the only thing changed.
#pragma once

#include "analystdata.h"
#include "entitypicker.h"
#include "mention.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Marsad::Corpus {
struct Article;
}
namespace Marsad::Entities {
class Gazetteer;
}
namespace Marsad::Index {
class FilterResult;
}
namespace Marsad::Session {
class AnalystSession;
}

namespace Marsad::Widgets {

class ArticlePresenter;
class ArticleView;
class CorrectionEntityDialog;
class MapView;

class CorrectionActions final : public QObject
{
    Q_OBJECT
public:
    CorrectionActions(Session::AnalystSession *analyst, const Entities::Gazetteer *gazetteer,
                      Index::FilterResult *corpus, ArticlePresenter *presenter, ArticleView *view,
                      QWidget *window);
    ~CorrectionActions() override;

    /// The map whose one-shot pick fills a new entity's coordinates.
    void setMapView(MapView *map) { m_map = map; }

    /// Undo, Redo and Set Publication Date… at the top of \a edit.
    void addEditActions(QMenu *edit);
    /// "Merge Into…" for the entity \a id (the entity panel's menu).
    void addEntityActions(QMenu *menu, const QString &id);

    QUndoStack *undoStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    /// What can be picked now: the gazetteer's entities and the analyst's.
    EntityChoices choices() const;
    /// The name shown for an entity id in the undo texts.
    QString entityName(const QString &id) const;

    /// The actions; each asks what it needs and pushes one command.
    void markNotMention(const Mention &mention);
    void changeEntity(const Mention &mention);
    void addMention(TextSpan span);
    void setPublicationDate();
    void mergeInto(const QString &id);
    void makeNewEntity(const Mention &mention);

private:
    void extendArticleMenu(QMenu *menu, qsizetype mention, TextSpan selection);
    const Corpus::Article *shownArticle() const;
    Analyst::Correction spanCorrection(Analyst::CorrectionKind kind, TextSpan span) const;
    void push(const Analyst::Correction &correction);
    void reportFailure();
    void pickOnMap(CorrectionEntityDialog *dialog);

    Session::AnalystSession *m_analyst;
    const Entities::Gazetteer *m_gazetteer;
    Index::FilterResult *m_corpus;
    ArticlePresenter *m_presenter;
    ArticleView *m_view;
    QWidget *m_window;
    QPointer<MapView> m_map;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_setDate;
};

} // namespace Marsad::Widgets

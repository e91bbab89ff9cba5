#include "correctionactions.h"

#include "anchor.h"

#include "analystsession.h"
#include "articleheader.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "corpusindex.h"
#include "correctioncommands.h"
#include "correctiondatedialog.h"
#include "correctionentitydialog.h"
#include "filterresult.h"
#include "mapview.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <optional>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

namespace {} // namespace

CorrectionActions::CorrectionActions(Session::AnalystSession *analyst,
                                     const Entities::Gazetteer *gazetteer,
                                     Index::FilterResult *corpus, ArticlePresenter *presenter,
                                     ArticleView *view, QWidget *window)
    : QObject(window), m_analyst(analyst), m_gazetteer(gazetteer), m_corpus(corpus),
      m_presenter(presenter), m_view(view), m_window(window), m_stack(new QUndoStack(this))
{
    m_undo = m_stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_setDate = new QAction(tr("Set &Publication Date…"), this);
    m_setDate->setObjectName(u"setDateAction"_s);
    connect(m_setDate, &QAction::triggered, this, &CorrectionActions::setPublicationDate);
    // Another corpus opened: earlier steps belong to articles no longer shown,
    // and undoing one would change the analyst's data out of sight. (A
    // re-application of corrections updates the index and keeps the history.)
    connect(m_corpus, &Index::FilterResult::indexChanged, m_stack, &QUndoStack::clear);
    connect(m_view, &ArticleView::contextMenuAboutToShow, this,
            &CorrectionActions::extendArticleMenu);
}

CorrectionActions::~CorrectionActions() = default;

void CorrectionActions::addEditActions(QMenu *edit)
{
    QAction *first = edit->actions().value(0);
    edit->insertActions(first, {m_undo, m_redo});
    edit->insertSeparator(first);
    edit->addSeparator();
    edit->addAction(m_setDate);
}

void CorrectionActions::addEntityActions(QMenu *menu, const QString &id)
{
    menu->addSeparator();
    QAction *merge = menu->addAction(tr("Merge Into…"), this, [this, id] { mergeInto(id); });
    merge->setObjectName(u"mergeIntoAction"_s);
}

void CorrectionActions::extendArticleMenu(QMenu *menu, qsizetype mention, TextSpan selection)
{
    const Corpus::Article *article = shownArticle();
    if (!article)
        return;
    menu->addSeparator();
    if (mention >= 0 && mention < m_view->mentions().size()) {
        const Mention m = m_view->mentions().at(mention);
        menu->addAction(tr("Not a Mention"), this, [this, m] { markNotMention(m); })
            ->setObjectName(u"notMentionAction"_s);
        menu->addAction(tr("Change Entity…"), this, [this, m] { changeEntity(m); })
            ->setObjectName(u"changeEntityAction"_s);
        if (m.candidate)
            menu->addAction(tr("Make New Entity…"), this, [this, m] { makeNewEntity(m); })
                ->setObjectName(u"newEntityAction"_s);
    }
    // A selection that is not already a mention: the analysis missed it.
    if (selection.isValid() && selection.length() > 0) {
        const QString &text = article->text;
        while (selection.start < selection.end && text.at(selection.start).isSpace())
            ++selection.start;
        while (selection.end > selection.start && text.at(selection.end - 1).isSpace())
            --selection.end;
        const bool known = std::any_of(m_view->mentions().cbegin(), m_view->mentions().cend(),
                                       [&](const Mention &m) { return m.span == selection; });
        if (selection.length() > 0 && !known)
            menu->addAction(tr("Add Mention…"), this, [this, selection] { addMention(selection); })
                ->setObjectName(u"addMentionAction"_s);
    }
    menu->addAction(m_setDate);
}

const Corpus::Article *CorrectionActions::shownArticle() const
{
    const auto &index = m_corpus->index();
    const qsizetype row = m_presenter->shownArticle();
    if (!index || row < 0 || row >= index->size())
        return nullptr;
    return &index->article(row).article;
}

EntityChoices CorrectionActions::choices() const
{
    return EntityChoices(m_gazetteer, m_analyst->data().corrections);
}

QString CorrectionActions::entityName(const QString &id) const
{
    const EntityChoices all = choices();
    if (const EntityChoices::Choice *c = all.find(id))
        return c->ar.isEmpty() ? c->en : c->ar;
    if (const auto &index = m_corpus->index()) {
        const QString ar = index->describe(id).nameAr;
        if (!ar.isEmpty())
            return ar;
    }
    return id;
}

Analyst::Correction CorrectionActions::spanCorrection(Analyst::CorrectionKind kind,
                                                      TextSpan span) const
{
    Analyst::Correction c;
    c.uid = Analyst::newUid();
    c.kind = kind;
    if (const Corpus::Article *article = shownArticle())
        c.anchor = Analyst::anchorFor(*article, span);
    return c;
}

void CorrectionActions::push(const Analyst::Correction &correction)
{
    const QString text =
        CorrectionText::describe(correction, [this](const QString &id) { return entityName(id); });
    m_stack->push(new AddCorrectionCommand(m_analyst, correction, text));
    if (!m_analyst->correction(correction.uid))
        reportFailure();
}

void CorrectionActions::reportFailure()
{
    QMessageBox::warning(m_window, tr("Correction"),
                         tr("The correction could not be saved: %1").arg(m_analyst->lastError()));
}

void CorrectionActions::markNotMention(const Mention &mention)
{
    if (!shownArticle())
        return;
    push(spanCorrection(Analyst::CorrectionKind::RemoveMention, mention.span));
}

void CorrectionActions::changeEntity(const Mention &mention)
{
    if (!shownArticle())
        return;
    const QString id = EntityPicker::pick(
        m_window, tr("Change Entity of “%1”").arg(mention.surface), choices(), mention.surface);
    if (id.isEmpty() || id == mention.entityId)
        return;
    Analyst::Correction c = spanCorrection(Analyst::CorrectionKind::ChangeEntity, mention.span);
    c.entityId = id;
    push(c);
}

void CorrectionActions::addMention(TextSpan span)
{
    const Corpus::Article *article = shownArticle();
    if (!article || !span.isValid() || span.end > article->text.size())
        return;
    const QString surface = article->text.mid(span.start, span.length());
    const QString id =
        EntityPicker::pick(m_window, tr("Add Mention “%1”").arg(surface), choices(), surface);
    if (id.isEmpty())
        return;
    Analyst::Correction c = spanCorrection(Analyst::CorrectionKind::AddMention, span);
    c.entityId = id;
    push(c);
}

void CorrectionActions::setPublicationDate()
{
    const Corpus::Article *article = shownArticle();
    if (!article)
        return;
    const Analysis::AnalyzedArticle &analyzed =
        m_corpus->index()->article(m_presenter->shownArticle());
    const Time::PublishedDate &published = analyzed.time.published;
    // An earlier date correction of this article is changed, not stacked.
    const Analyst::Anchor anchor = Analyst::anchorFor(*article, {});
    std::optional<Analyst::Correction> earlier;
    for (const Analyst::Correction &c : m_analyst->data().corrections) {
        if (c.kind == Analyst::CorrectionKind::SetDate && c.anchor.articleKey == anchor.articleKey)
            earlier = c;
    }
    QString current = ArticleHeader::dateText(published);
    if (!published.isNull())
        current += u" — "_s + ArticleHeader::basisWords(published.basis);
    CorrectionDateDialog dialog(current, earlier ? earlier->dateStart : published.start,
                                earlier ? earlier->dateEnd : published.end, m_window);
    if (earlier)
        dialog.noteEdit()->setPlainText(earlier->note);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Analyst::Correction c;
    if (earlier) {
        c = *earlier;
    } else {
        c.uid = Analyst::newUid();
        c.kind = Analyst::CorrectionKind::SetDate;
        c.anchor = anchor;
    }
    c.dateStart = dialog.start();
    c.dateEnd = dialog.end();
    c.note = dialog.note();
    if (!earlier) {
        push(c);
        return;
    }
    const QString text =
        CorrectionText::describe(c, [this](const QString &id) { return entityName(id); });
    m_stack->push(new UpdateCorrectionCommand(m_analyst, *earlier, c, text));
}

void CorrectionActions::mergeInto(const QString &id)
{
    const QString target =
        EntityPicker::pick(m_window, tr("Merge “%1” Into").arg(entityName(id)), choices());
    if (target.isEmpty() || target == id)
        return;
    Analyst::Correction c;
    c.uid = Analyst::newUid();
    c.kind = Analyst::CorrectionKind::MergeEntities;
    c.entityId = id;
    c.targetEntityId = target;
    push(c);
}

void CorrectionActions::makeNewEntity(const Mention &mention)
{
    const EntityChoices known = choices();
    auto *dialog = new CorrectionEntityDialog(
        mention.surface, mention.type,
        [known](const QString &id) { return known.find(id) != nullptr; }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->pickButton()->setEnabled(m_map != nullptr);
    connect(dialog, &CorrectionEntityDialog::pickRequested, this,
            [this, dialog] { pickOnMap(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Analyst::Correction c;
        c.uid = Analyst::newUid();
        c.kind = Analyst::CorrectionKind::NewEntity;
        c.entity = dialog->entity();
        push(c);
    });
    // Not exec(): the dialog steps aside while the map is clicked.
    dialog->open();
}

void CorrectionActions::pickOnMap(CorrectionEntityDialog *dialog)
{
    if (!m_map)
        return;
    dialog->hide();
    for (QWidget *w = m_map; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
    }
    QPointer<CorrectionEntityDialog> guard(dialog);
    auto back = [guard] {
        if (guard)
            guard->show();
    };
    auto *connections = new QObject(dialog); // both connections end with the pick
    connect(m_map, &MapView::pointPicked, connections,
            [guard, back, connections](double lat, double lon) {
                if (guard)
                    guard->setCoordinates(lat, lon);
                back();
                connections->deleteLater();
            });
    connect(m_map, &MapView::pickCanceled, connections, [back, connections] {
        back();
        connections->deleteLater();
    });
    m_map->startPick();
    m_map->setFocus();
}

} // namespace Marsad::Widgets

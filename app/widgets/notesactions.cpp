#include "notesactions.h"

#include "anchor.h"

#include "analystsession.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "filterresult.h"
#include "notedialog.h"
#include "notemodel.h"
#include "timelinemodel.h"
#include "viewkeys.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

using Analyst::Note;
using Analyst::NoteTarget;

namespace {

void showStatus(QWidget *window, const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(window))
        main->statusBar()->showMessage(message, 4000);
}

} // namespace

NotesActions::NotesActions(Session::AnalystSession *analyst, Index::FilterResult *corpus,
                           ArticlePresenter *presenter, ArticleView *view, QMenu *menu,
                           QWidget *window)
    : QObject(window), m_analyst(analyst), m_corpus(corpus), m_presenter(presenter), m_view(view),
      m_window(window)
{
    m_addNote = menu->addAction(tr("Add &Note…"), this, &NotesActions::addNoteOnPane);
    m_addNote->setObjectName(u"addNoteAction"_s);
    m_addNote->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_N);
    m_addNote->setToolTip(tr("A note on the selected passage, else on the article shown"));
    m_bookmark = menu->addAction(tr("&Bookmark Article"), this,
                                 [this] { toggleBookmark(m_presenter->shownArticle()); });
    m_bookmark->setObjectName(u"bookmarkAction"_s);
    m_bookmark->setShortcut(Qt::CTRL | Qt::Key_D);
    // A text field claims Ctrl+D (delete a character): the window's comes first.
    new ShortcutPriority({m_addNote, m_bookmark}, this);
}

void NotesActions::addNoteOnPane()
{
    const qsizetype row = m_presenter->shownArticle();
    if (row < 0) {
        showStatus(m_window, tr("Open an article to write a note on it."));
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    if (cursor.hasSelection())
        addNote(row, {cursor.selectionStart(), cursor.selectionEnd()}, NoteTarget::Span);
    else
        addNote(row, {}, NoteTarget::Article);
}

void NotesActions::addNote(qsizetype row, TextSpan span, NoteTarget target)
{
    const auto &index = m_corpus->index();
    if (!index || row < 0 || row >= index->size())
        return;
    Note note;
    note.target = span.isValid() ? target : NoteTarget::Article;
    note.anchor = Analyst::anchorFor(index->article(row).article, span);
    openDialog(note, true);
}

void NotesActions::editNote(const QString &uid)
{
    if (const Note *note = m_analyst->note(uid))
        openDialog(*note, false);
}

void NotesActions::openDialog(const Note &note, bool isNew)
{
    // Window-modal and not exec(): nothing waits in a nested event loop.
    auto *dialog = new NoteDialog(note, placeOf(note), knownTags(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        Note written = dialog->note();
        if (isNew)
            written.uid = Analyst::newUid();
        const bool ok = isNew ? m_analyst->add(written) : m_analyst->update(written);
        if (!ok)
            QMessageBox::warning(m_window, tr("Notes"),
                                 tr("The note could not be saved: %1").arg(m_analyst->lastError()));
    });
    dialog->open();
}

const Note *NotesActions::bookmarkOf(qsizetype row) const
{
    const auto &index = m_corpus->index();
    if (!index || row < 0 || row >= index->size())
        return nullptr;
    const QByteArray key = Analyst::articleKeyOf(index->article(row).article);
    for (const Note &note : m_analyst->data().notes) {
        if (note.bookmark && note.target == NoteTarget::Article && note.anchor.articleKey == key)
            return &note;
    }
    return nullptr;
}

void NotesActions::toggleBookmark(qsizetype row)
{
    const auto &index = m_corpus->index();
    if (!index || row < 0 || row >= index->size()) {
        showStatus(m_window, tr("Open an article to bookmark it."));
        return;
    }
    bool ok = true;
    if (const Note *existing = bookmarkOf(row)) {
        // A bookmark with nothing else in it goes; a note keeps its text.
        Note note = *existing;
        if (note.text.isEmpty() && note.tags.isEmpty()) {
            ok = m_analyst->removeNote(note.uid);
        } else {
            note.bookmark = false;
            ok = m_analyst->update(note);
        }
        if (ok)
            showStatus(m_window, tr("Bookmark removed"));
    } else {
        Note note;
        note.uid = Analyst::newUid();
        note.target = NoteTarget::Article;
        note.anchor = Analyst::anchorFor(index->article(row).article, {});
        note.bookmark = true;
        ok = m_analyst->add(note);
        if (ok)
            showStatus(m_window, tr("Article bookmarked"));
    }
    if (!ok)
        QMessageBox::warning(m_window, tr("Notes"),
                             tr("The bookmark could not be saved: %1").arg(m_analyst->lastError()));
}

void NotesActions::extendTimelineMenu(QMenu *menu, const Models::TimelineModel *model,
                                      qsizetype item)
{
    if (item < 0 || item >= model->items().size())
        return;
    const Models::TimelineItem &t = model->items().at(item);
    const bool event = t.lane == Models::TimelineItem::Lane::Events && t.span.isValid();
    const qsizetype row = t.article;
    const TextSpan span = event ? t.span : TextSpan{};
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add &Note…"), this, [this, row, span, event] {
        addNote(row, span, event ? NoteTarget::Event : NoteTarget::Article);
    });
    add->setObjectName(u"timelineAddNoteAction"_s);
}

QString NotesActions::placeOf(const Note &note) const
{
    QString title = note.anchor.file;
    if (const auto &index = m_corpus->index()) {
        for (const Analysis::AnalyzedArticle &a : index->articles()) {
            if (a.article.file == note.anchor.file &&
                a.article.indexInFile == note.anchor.indexInFile) {
                title = a.article.displayTitle();
                break;
            }
        }
    }
    QString surface = note.anchor.surface.simplified();
    if (surface.size() > 80)
        surface = surface.left(80) + u'…';
    switch (note.target) {
    case NoteTarget::Article:
        return tr("The article “%1”").arg(title);
    case NoteTarget::Event:
        return tr("The event “%1” in “%2”").arg(surface, title);
    case NoteTarget::Span:
        return tr("The passage “%1” in “%2”").arg(surface, title);
    }
    return title;
}

QStringList NotesActions::knownTags() const
{
    QStringList tags;
    for (const Note &note : m_analyst->data().notes)
        tags += note.tags;
    tags.sort(Qt::CaseInsensitive);
    tags.removeDuplicates();
    return tags;
}

} // namespace Marsad::Widgets

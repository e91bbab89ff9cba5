#include "notesdock.h"

#include "analystsession.h"
#include "filterresult.h"
#include "notemodel.h"
#include "notesactions.h"
#include "roles.h"
#include "rtltextdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

using Models::NoteModel;

namespace {

/// Narrows the notes to the filter line and the bookmark toggle; the
/// matching rule is NoteModel::matches.
class NotesFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &text, bool bookmarksOnly)
    {
        m_text = text;
        m_bookmarksOnly = bookmarksOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_bookmarksOnly && !index.data(NoteModel::BookmarkRole).toBool())
            return false;
        return NoteModel::matches(m_text, index.data(NoteModel::FilterTextRole).toString(),
                                  index.data(NoteModel::TagsRole).toStringList());
    }

private:
    QString m_text;
    bool m_bookmarksOnly = false;
};

} // namespace

NotesDock::NotesDock(Session::AnalystSession *analyst, Index::FilterResult *corpus,
                     NotesActions *actions, QWidget *parent)
    : QDockWidget(tr("Notes"), parent), m_analyst(analyst), m_actions(actions),
      m_model(new NoteModel(this)), m_proxy(new NotesFilter(this)), m_view(new QTreeView),
      m_filterEdit(new QLineEdit), m_bookmarksOnly(new QCheckBox(tr("&Bookmarks only")))
{
    setObjectName(u"notesDock"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::SortRole);
    m_view->setObjectName(u"notesView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NoteModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new RtlTextDelegate(m_view));
    // The note's text takes the room; the title is cut, its tooltip whole.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NoteModel::ArticleColumn, QHeaderView::Interactive);
    header->resizeSection(NoteModel::ArticleColumn, 110);
    header->setSectionResizeMode(NoteModel::TagsColumn, QHeaderView::Interactive);
    header->resizeSection(NoteModel::TagsColumn, 90);
    header->setSectionResizeMode(NoteModel::TextColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_filterEdit->setObjectName(u"notesFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter the notes (words, #tag)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_bookmarksOnly->setObjectName(u"notesBookmarksOnly"_s);

    auto refilter = [this] {
        static_cast<NotesFilter *>(m_proxy)->setFilter(m_filterEdit->text(),
                                                       m_bookmarksOnly->isChecked());
    };
    connect(m_filterEdit, &QLineEdit::textChanged, this, refilter);
    connect(m_bookmarksOnly, &QCheckBox::toggled, this, refilter);
    connect(m_analyst, &Session::AnalystSession::notesChanged, this,
            [this] { m_model->setNotes(m_analyst->data().notes); });
    connect(corpus, &Index::FilterResult::indexChanged, this,
            [this, corpus] { m_model->setIndex(corpus->index()); });
    connect(corpus, &Index::FilterResult::indexUpdated, this,
            [this, corpus] { m_model->setIndex(corpus->index()); });
    m_model->setIndex(corpus->index());
    m_model->setNotes(m_analyst->data().notes);
    // A double click, or Enter, opens the note's article.
    connect(m_view, &QTreeView::activated, this, &NotesDock::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &NotesDock::showMenu);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_bookmarksOnly);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    panel->setMinimumWidth(340);
    setWidget(panel);
}

QString NotesDock::uidAt(const QModelIndex &index) const
{
    return index.siblingAtColumn(0).data(NoteModel::NoteUidRole).toString();
}

void NotesDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qsizetype row = index.data(Models::ArticleIndexRole).toLongLong();
    if (row < 0)
        return;
    const TextSpan span{index.data(Models::SpanStartRole).toLongLong(),
                        index.data(Models::SpanEndRole).toLongLong()};
    Q_EMIT articleRequested(row, span.isValid() ? span : TextSpan{});
}

void NotesDock::removeSelected()
{
    QStringList uids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        uids.append(uidAt(index));
    if (uids.isEmpty() && m_view->currentIndex().isValid())
        uids.append(uidAt(m_view->currentIndex()));
    for (const QString &uid : std::as_const(uids))
        m_analyst->removeNote(uid);
}

bool NotesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void NotesDock::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString uid = uidAt(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"notesMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex held(index);
    menu->addAction(tr("&Open the Article"), this, [this, held] { activate(held); });
    menu->addAction(tr("&Edit the Note…"), this, [this, uid] { m_actions->editNote(uid); });
    menu->addAction(tr("&Remove"), this, [this, uid] { m_analyst->removeNote(uid); });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Marsad::Widgets

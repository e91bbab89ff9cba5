#include "articlepresenter.h"

#include "articleheader.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "citation.h"
#include "textquery.h"

#include <QApplication>
#include <QClipboard>
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

ArticlePresenter::ArticlePresenter(Index::FilterResult *corpus, Models::ArticleListModel *model,
                                   QSortFilterProxyModel *sorted, QTreeView *list,
                                   ArticleView *view, ArticleHeader *header, QObject *parent)
    : QObject(parent), m_corpus(corpus), m_model(model), m_sorted(sorted), m_list(list),
      m_view(view), m_header(header)
{
    connect(m_corpus, &Index::FilterResult::indexChanged, this, [this] {
        m_shown = -1;
        m_view->clearArticle();
        m_header->clearArticle();
    });
    // Slots run in connection order: the list model (connected first, by
    // MainWindow) has taken the new rows when this runs.
    connect(m_corpus, &Index::FilterResult::rowsChanged, this, &ArticlePresenter::onRowsChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ArticlePresenter::onCurrentRowChanged);
    connect(m_header, &ArticleHeader::spanActivated, m_view, &ArticleView::showSpan);
}

void ArticlePresenter::onRowsChanged()
{
    if (!m_corpus->index())
        return;
    if (m_model->rowCount() == 0) {
        m_shown = -1;
        m_view->clearArticle();
        m_header->clearArticle();
        return;
    }
    // Keep the article on screen while it is listed (its search marks may
    // change); else the first of the list.
    if (m_model->rowOf(m_shown) >= 0)
        showArticle(m_shown);
    else
        showArticle(m_model->corpusRow(m_sorted->mapToSource(m_sorted->index(0, 0)).row()));
}

void ArticlePresenter::onCurrentRowChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_sorted->mapToSource(m_list->currentIndex());
    if (!current.isValid())
        return;
    const qsizetype row = m_model->corpusRow(current.row());
    if (row != m_shown)
        showArticle(row);
}

void ArticlePresenter::showArticle(qsizetype row, TextSpan focus)
{
    const auto &index = m_corpus->index();
    if (!index || row < 0 || row >= index->size())
        return;
    m_shown = row;
    const Analysis::AnalyzedArticle &a = index->article(row);
    ArticleDisplay display;
    display.key = a.article.file + u'#' + QString::number(a.article.indexInFile);
    display.text = a.article.text;
    display.boilerplate = a.article.boilerplate;
    display.mentions = a.mentions;
    display.focus = focus;
    for (const Time::Timex &t : a.time.timexes) {
        if (t.span.isValid())
            display.dates.append(t.span);
    }
    const Index::TextQuery query(m_corpus->filterState()->query(), index->gazetteer());
    display.searchHits = query.hits(a.article.text, a.mentions);
    m_view->showArticle(display);
    m_header->showArticle(a, index->gazetteer());
    selectInList(row);
}

void ArticlePresenter::selectInList(qsizetype row)
{
    const int modelRow = m_model->rowOf(row);
    if (modelRow < 0)
        return;
    const QModelIndex index =
        m_sorted->mapFromSource(m_model->index(modelRow, Models::ArticleListModel::TitleColumn));
    if (m_list->currentIndex() == index)
        return;
    // Not a signal blocker: the view must see the change to move its
    // highlight (it stayed on the old row before).
    m_selecting = true;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_selecting = false;
}

void ArticlePresenter::stepArticle(int delta)
{
    const int rows = m_sorted->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().row();
    const int next = std::clamp(current + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_sorted->index(next, Models::ArticleListModel::TitleColumn));
}

void ArticlePresenter::stepMention(const QString &entityId, bool forward)
{
    if (!entityId.isEmpty())
        m_view->selectNextMention(entityId, forward);
}

bool ArticlePresenter::copyCitation() const
{
    const auto &index = m_corpus->index();
    if (!index || m_shown < 0)
        return false;
    const QTextCursor cursor = m_view->textCursor();
    QString quote = cursor.selectedText();
    quote.replace(QChar::ParagraphSeparator, u'\n');
    if (quote.trimmed().isEmpty())
        quote = Citation::sentenceAt(m_view->toPlainText(), cursor.position());
    const Citation citation(index->article(m_shown), index->gazetteer(), quote);
    QApplication::clipboard()->setMimeData(citation.mimeData());
    return true;
}

} // namespace Marsad::Widgets

#include "articleview.h"

#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

ArticleView::ArticleView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(u"articleView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Arabic paragraph layout regardless of the UI language: the content is
    // Arabic even when the chrome is English.
    setLayoutDirection(Qt::RightToLeft);
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    setFont(font);
}

void ArticleView::showArticle(const QString &title, const QString &text)
{
    Q_UNUSED(title);
    setPlainText(text);
    moveCursor(QTextCursor::Start);
}

void ArticleView::clearArticle()
{
    clear();
}

} // namespace Marsad::Widgets

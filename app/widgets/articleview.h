// The article pane: an article's text as written, right to left.
//
// Text is always set as plain text, so an article that contains markup such as
// <b> or <script> shows those characters instead of rendering them.
#pragma once

#include <QPlainTextEdit>

namespace Marsad::Widgets {

class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const QString &title, const QString &text);
    void clearArticle();
};

} // namespace Marsad::Widgets

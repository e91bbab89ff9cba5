// The head of the article pane: what an analyst cites. Title, outlet, file,
// the publication date with where it comes from and how sure it is in words,
// and the evidence phrases, each a link to its place in the text.
#pragma once

#include "analyzedarticle.h"
#include "gazetteer.h"

#include <QLabel>

namespace Marsad::Widgets {

class ArticleHeader final : public QLabel
{
    Q_OBJECT
public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    void showArticle(const Analysis::AnalyzedArticle &article,
                     const Entities::Gazetteer *gazetteer);
    void clearArticle();

    /// "high", "medium", "low" (translated) for a date's confidence.
    static QString confidenceWords(double confidence);
    /// Where a date comes from, in words ("from the dateline", …).
    static QString basisWords(Time::PublishedDate::Basis basis);
    /// The date as the UI shows it: a day, a month, a year or a range.
    static QString dateText(const Time::PublishedDate &published);

    /// The evidence phrases shown, with where each stands in the text.
    const QList<TextSpan> &evidenceSpans() const { return m_spans; }

Q_SIGNALS:
    /// An evidence phrase was clicked: show this span of the text.
    void spanActivated(const TextSpan &span);

private:
    QList<TextSpan> m_spans;
};

} // namespace Marsad::Widgets

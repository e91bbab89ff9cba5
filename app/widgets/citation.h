// A citation of what the analyst is reading, ready to paste into a report:
// the quoted sentence, then title, outlet, publication date and file.
#pragma once

#include "analyzedarticle.h"
#include "gazetteer.h"

#include <QCoreApplication>
#include <QString>

class QMimeData;

namespace Marsad::Widgets {

class Citation final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Widgets::Citation)
public:
    Citation(const Analysis::AnalyzedArticle &article, const Entities::Gazetteer *gazetteer,
             QString quote);

    /// The sentence of \a text around \a position (between sentence ends or line breaks).
    static QString sentenceAt(const QString &text, qsizetype position);

    QString plainText() const;
    QString html() const;
    /// Both forms, for the clipboard.
    QMimeData *mimeData() const;

private:
    QString m_title;
    QString m_source;
    QString m_date;
    QString m_file;
    QString m_quote;
};

} // namespace Marsad::Widgets

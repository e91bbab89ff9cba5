// Plain text and metadata from an HTML article page, without a browser
// engine: tags, scripts and styles dropped, block elements as line breaks,
// character references decoded. The title comes from <title> (or og:title),
// the dateline from <time datetime> or article:published_time, the address
// from the canonical link or og:url, the outlet from og:site_name.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Marsad::Corpus {

struct HtmlDocument
{
    QString text;
    QString title;
    QString dateline;
    QString url;
    QString source;
    /// What was left out or guessed that a reader would want to know (an
    /// unclosed <script> that ran to the end of the page), translated.
    QStringList warnings;
};

class HtmlExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Corpus::HtmlExtractor)
public:
    static HtmlDocument extract(const QString &html);

    /// Decodes character references (&amp; &#1588; &#x634; &nbsp; …).
    static QString decodeEntities(QStringView text);

    /// True when \a text looks like an HTML document rather than plain text.
    static bool looksLikeHtml(const QString &text);
};

} // namespace Marsad::Corpus

// Plain text and metadata from an HTML article page, without a browser
// engine: tags, scripts and styles dropped, block elements as line breaks,
// character references decoded. The title comes from <title> (or og:title),
// the dateline from <time datetime> or article:published_time, the address
// from the canonical link or og:url, the outlet from og:site_name.
#pragma once

#include <QString>

namespace Marsad::Corpus {

struct HtmlDocument
{
    QString text;
    QString title;
    QString dateline;
    QString url;
    QString source;
};

class HtmlExtractor final
{
public:
    static HtmlDocument extract(const QString &html);

    /// Decodes character references (&amp; &#1588; &#x634; &nbsp; …).
    static QString decodeEntities(QStringView text);

    /// True when \a text looks like an HTML document rather than plain text.
    static bool looksLikeHtml(const QString &text);
};

} // namespace Marsad::Corpus

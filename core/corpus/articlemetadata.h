// Publication dates and addresses that a source carries beside the text
// (DESIGN.md §5: metadata first). Which forms are read:
// - HTML: JSON-LD `datePublished` in <script type="application/ld+json">, on
//   the top object, in an array or inside `@graph` (an Article/NewsArticle
//   type preferred over others); meta tags are read by HtmlExtractor.
// - JSONL: the first non-empty of the keys jsonlDateKeys() lists, as a string
//   (any date form) or a number (Unix time in seconds or milliseconds).
// - Plain text: a page address alone on one of the first lines ("https://…",
//   "URL: https://…", "المصدر: https://…"), as scrapers write it.
// - Addresses: "/2020/10/21/", "/2020-10-21/", "/20201021/", "-2020-10-21",
//   "?date=2020-10-21", "&d=20201021", "/2020/10/" (a month).
#pragma once

#include "mention.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Marsad::Corpus {

/// A date read from an address.
struct AddressDate
{
    QDate start; ///< The day, or the first day of the month.
    QDate end;   ///< The same day, or the month's last day.
    bool dayPrecision = true;
    QString surface; ///< The part of the address that gave it ("/2020/10/21/").
};

class ArticleMetadata final
{
public:
    /// `datePublished` of the page's JSON-LD, as written; empty when none.
    static QString jsonLdDatePublished(QStringView html);

    /// The JSONL keys that may carry a publication date, in order of trust.
    static const QStringList &jsonlDateKeys();
    /// The record's publication date as text (a number becomes ISO 8601 UTC);
    /// fallback when no key has one.
    static QString jsonlDate(const QJsonObject &record, const QString &fallback = QString());

    /// A page address standing alone on one of the first lines of text, with
    /// where it stands; nullopt when none.
    static std::optional<std::pair<QString, TextSpan>> addressLine(QStringView text);

    /// A date in an address; nullopt when there is none.
    static std::optional<AddressDate> dateInAddress(QStringView url);
};

} // namespace Marsad::Corpus

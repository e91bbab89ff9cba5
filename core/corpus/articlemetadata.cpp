#include "articlemetadata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

constexpr int kMaxJsonDepth = 8;     // hostile pages nest deeper than any schema.org graph
constexpr int kMaxLdBlocks = 16;     // a page has one or two
constexpr int kAddressLines = 5;     // the address is on one of the first lines
constexpr qsizetype kMaxLine = 2048; // an address line is short

bool isArticleType(const QJsonValue &type)
{
    const auto one = [](const QString &t) {
        return t.endsWith(u"Article"_s) || t == u"Report"_s;
    };
    if (type.isString())
        return one(type.toString());
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(),
                           [&one](const QJsonValue &v) { return one(v.toString()); });
    }
    return false;
}

// The best datePublished under value: an article's wins over any other's.
void collect(const QJsonValue &value, int depth, QString &article, QString &other)
{
    if (depth > kMaxJsonDepth)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, depth + 1, article, other);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    const QString date = o.value(u"datePublished"_s).toString().trimmed();
    if (!date.isEmpty()) {
        if (isArticleType(o.value(u"@type"_s))) {
            if (article.isEmpty())
                article = date;
        } else if (other.isEmpty()) {
            other = date;
        }
    }
    if (o.contains(u"@graph"_s))
        collect(o.value(u"@graph"_s), depth + 1, article, other);
    if (o.contains(u"mainEntity"_s))
        collect(o.value(u"mainEntity"_s), depth + 1, article, other);
}

bool isAddress(QStringView s)
{
    return s.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
           s.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
           s.startsWith(u"www."_s, Qt::CaseInsensitive);
}

} // namespace

QString ArticleMetadata::jsonLdDatePublished(QStringView html)
{
    QString article, other;
    qsizetype from = 0;
    for (int block = 0; block < kMaxLdBlocks; ++block) {
        const qsizetype type = html.indexOf(u"application/ld+json"_s, from, Qt::CaseInsensitive);
        if (type < 0)
            break;
        const qsizetype open = html.indexOf(u'>', type);
        if (open < 0)
            break;
        const qsizetype close = html.indexOf(u"</script"_s, open, Qt::CaseInsensitive);
        if (close < 0)
            break;
        from = close;
        const QByteArray json = html.sliced(open + 1, close - open - 1).toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0, article,
                other);
        if (!article.isEmpty())
            break;
    }
    return article.isEmpty() ? other : article;
}

const QStringList &ArticleMetadata::jsonlDateKeys()
{
    static const QStringList keys{u"datePublished"_s, u"date_published"_s, u"published_at"_s,
                                  u"publishedAt"_s,   u"published"_s,      u"publish_date"_s,
                                  u"pubDate"_s,       u"pub_date"_s,       u"date"_s};
    return keys;
}

QString ArticleMetadata::jsonlDate(const QJsonObject &record, const QString &fallback)
{
    for (const QString &key : jsonlDateKeys()) {
        const QJsonValue v = record.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble() && v.toDouble() > 0) {
            double seconds = v.toDouble();
            if (seconds > 1e11) // milliseconds
                seconds /= 1000.0;
            const QDateTime when = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
            if (when.isValid())
                return when.toString(Qt::ISODate);
        }
    }
    return fallback;
}

std::optional<std::pair<QString, TextSpan>> ArticleMetadata::addressLine(QStringView text)
{
    qsizetype start = 0;
    for (int line = 0; line < kAddressLines && start < text.size(); ++line) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start <= kMaxLine) {
            QStringView s = text.sliced(start, end - start).trimmed();
            // "URL: …", "المصدر: …", "Source - …": a short label before the address.
            const qsizetype scheme = s.indexOf(u"http"_s, 0, Qt::CaseInsensitive);
            if (scheme > 0 && scheme <= 16)
                s = s.sliced(scheme);
            if (isAddress(s) && !s.contains(u' ')) {
                const qsizetype at = s.data() - text.data(); // a view into text
                return std::make_pair(s.toString(), TextSpan{at, at + s.size()});
            }
        }
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<AddressDate> ArticleMetadata::dateInAddress(QStringView url)
{
    if (url.isEmpty() || url.size() > 4096)
        return std::nullopt;
    static const QList<QRegularExpression> days = {
        // ?date=2020-10-21, &d=20201021, ?published=2020/10/21
        QRegularExpression(u"[?&](?:date|d|day|published|pubdate)=(?<y>(?:19|20)\\d{2})[-/_.]?"
                           "(?<m>\\d{2})[-/_.]?(?<d>\\d{2})(?:[&#]|$)"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            u"[/_-](?<y>(?:19|20)\\d{2})[/_-](?<m>\\d{1,2})[/_-](?<d>\\d{1,2})(?:[/_.?#-]|$)"_s),
        QRegularExpression(u"[/_-](?<y>(?:19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})(?:[/_.?#-]|$)"_s),
    };
    static const QRegularExpression month(u"/(?<y>(?:19|20)\\d{2})/(?<m>\\d{1,2})/"_s);
    const QString s = url.toString();
    for (const auto &re : days) {
        auto it = re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            const QDate date(m.captured(u"y"_s).toInt(), m.captured(u"m"_s).toInt(),
                             m.captured(u"d"_s).toInt());
            if (date.isValid())
                return AddressDate{date, date, true, m.captured()};
        }
    }
    auto it = month.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate first(m.captured(u"y"_s).toInt(), m.captured(u"m"_s).toInt(), 1);
        if (first.isValid())
            return AddressDate{first, first.addMonths(1).addDays(-1), false, m.captured()};
    }
    return std::nullopt;
}

} // namespace Marsad::Corpus

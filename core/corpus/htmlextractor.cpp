#include "htmlextractor.h"

#include "articlemetadata.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

// Longest reference name looked at, ';' included ("&#x10FFFF;", "&hellip;").
constexpr qsizetype MaxEntityLength = 12;

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities{
        {u"amp"_s, U'&'},      {u"lt"_s, U'<'},       {u"gt"_s, U'>'},       {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},    {u"nbsp"_s, 0x00A0},   {u"laquo"_s, 0x00AB},  {u"raquo"_s, 0x00BB},
        {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014},  {u"ndash"_s, 0x2013},  {u"lsquo"_s, 0x2018},
        {u"rsquo"_s, 0x2019},  {u"ldquo"_s, 0x201C},  {u"rdquo"_s, 0x201D},  {u"zwnj"_s, 0x200C},
        {u"zwj"_s, 0x200D},    {u"lrm"_s, 0x200E},    {u"rlm"_s, 0x200F},    {u"copy"_s, 0x00A9},
        {u"reg"_s, 0x00AE},    {u"middot"_s, 0x00B7}, {u"bull"_s, 0x2022},   {u"shy"_s, 0x00AD},
        {u"times"_s, 0x00D7},  {u"deg"_s, 0x00B0},    {u"thinsp"_s, 0x2009}, {u"ensp"_s, 0x2002},
        {u"emsp"_s, 0x2003},
    };
    return entities;
}

// Elements whose content is never article text. Not <form>: ASP.NET and
// similar sites wrap the whole page, article included, in one.
bool isSkippedElement(const QString &name)
{
    static const QStringList skipped{u"script"_s, u"style"_s,  u"noscript"_s, u"template"_s,
                                     u"svg"_s,    u"iframe"_s, u"head"_s,     u"nav"_s,
                                     u"footer"_s, u"button"_s, u"select"_s};
    return skipped.contains(name);
}

// Elements whose content is raw text, not markup: an unclosed one runs to the
// end of the file, as in a browser.
bool isRawTextElement(const QString &name)
{
    return name == u"script"_s || name == u"style"_s;
}

int clampToInt(qsizetype n)
{
    return int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u':' || c == u'-';
}

// Position of the last closing tag </name> in html, or -1. Found once per
// element name, so deciding whether an element is ever closed stays linear.
class LastClosingTags
{
public:
    explicit LastClosingTags(const QString &html) : m_html(html) {}

    qsizetype of(const QString &name)
    {
        const auto it = m_cache.constFind(name);
        if (it != m_cache.cend())
            return *it;
        const QString needle = u"</"_s + name;
        qsizetype pos = m_html.size();
        qsizetype found = -1;
        while (pos > 0) {
            pos = m_html.lastIndexOf(needle, pos - 1, Qt::CaseInsensitive);
            if (pos < 0)
                break;
            const qsizetype after = pos + needle.size();
            if (after >= m_html.size() || !isNameChar(m_html.at(after))) {
                found = pos;
                break;
            }
        }
        m_cache.insert(name, found);
        return found;
    }

private:
    const QString &m_html;
    QHash<QString, qsizetype> m_cache;
};

// Elements that start a new line of text.
bool isBlockElement(const QString &name)
{
    static const QStringList blocks{
        u"p"_s,          u"div"_s,    u"br"_s,         u"h1"_s,      u"h2"_s,     u"h3"_s,
        u"h4"_s,         u"h5"_s,     u"h6"_s,         u"li"_s,      u"ul"_s,     u"ol"_s,
        u"tr"_s,         u"table"_s,  u"article"_s,    u"section"_s, u"header"_s, u"aside"_s,
        u"blockquote"_s, u"figure"_s, u"figcaption"_s, u"hr"_s,      u"main"_s,   u"dd"_s,
        u"dt"_s,         u"pre"_s,    u"title"_s,      u"body"_s,    u"html"_s};
    return blocks.contains(name);
}

// Where the article is on a page that does not mark it (no <article>, no
// <main>), the way readability tools guess it: every paragraph's own text (not
// its links) scores its block and, half, the block around that; the best
// block, with the sibling blocks that score near it (an article split by an
// advert), is the article. One pass, as the text is collected.
class ParagraphDensity
{
public:
    /// Text appended to the page's text (inside a link or not).
    void text(qsizetype size)
    {
        if (m_anchorDepth > 0)
            m_linkChars += size;
    }
    /// A tag seen at text position \a at (the page text's size then).
    void tag(const QString &name, bool closing, qsizetype at)
    {
        if (name == u"a"_s) {
            m_anchorDepth = std::max(0, m_anchorDepth + (closing ? -1 : 1));
        } else if (name == u"p"_s) {
            endParagraph(at);
            if (!closing) {
                m_paragraphStart = at;
                m_paragraphLinks = m_linkChars;
            }
        } else if (isBlock(name)) {
            endParagraph(at);
            if (!closing)
                open(name, at);
            else
                close(name, at);
        }
    }
    /// The article's parts (text ranges in document order), or none when no
    /// block stands out.
    QList<std::pair<qsizetype, qsizetype>> article(qsizetype end)
    {
        endParagraph(end);
        while (!m_open.isEmpty())
            closeTop(end);
        const auto best =
            std::max_element(m_blocks.cbegin(), m_blocks.cend(),
                             [](const Block &a, const Block &b) { return a.score < b.score; });
        QList<std::pair<qsizetype, qsizetype>> parts;
        if (best == m_blocks.cend() || best->score < MinimumScore)
            return parts;
        const double siblingScore = std::max(MinimumParagraph * 1.0, best->score * SiblingShare);
        for (const Block &b : std::as_const(m_blocks)) {
            if (&b == &*best || (b.parent == best->parent && b.score >= siblingScore))
                parts.append({b.start, b.end});
        }
        std::sort(parts.begin(), parts.end());
        return parts;
    }

private:
    static constexpr qsizetype MinimumParagraph = 25; // characters of own text
    static constexpr double MinimumScore = 150;       // the article's own text, at least
    static constexpr double SiblingShare = 0.2;
    static constexpr qsizetype MaxDepth = 256; // deeper blocks count for their ancestors
    static constexpr int CloseSearch = 8;      // unclosed blocks skipped to find a match

    struct Open
    {
        QString name;
        qsizetype start = 0;
        qsizetype links = 0;
        double score = 0;
        qsizetype id = 0;
    };
    struct Block
    {
        qsizetype start = 0, end = 0;
        double score = 0;
        qsizetype parent = -1;
    };

    static bool isBlock(const QString &name)
    {
        return name == u"div"_s || name == u"section"_s || name == u"td"_s || name == u"body"_s;
    }
    void endParagraph(qsizetype at)
    {
        if (m_paragraphStart < 0)
            return;
        const qsizetype own = (at - m_paragraphStart) - (m_linkChars - m_paragraphLinks);
        m_paragraphStart = -1;
        if (own < MinimumParagraph || m_open.isEmpty())
            return;
        m_open.last().score += double(own);
        if (m_open.size() >= 2)
            m_open[m_open.size() - 2].score += double(own) / 2;
    }
    void open(const QString &name, qsizetype at)
    {
        if (m_open.size() >= MaxDepth) {
            ++m_overflow;
            return;
        }
        m_open.append({name, at, m_linkChars, 0, m_nextId++});
    }
    void close(const QString &name, qsizetype at)
    {
        if (m_overflow > 0) {
            --m_overflow;
            return;
        }
        // HTML left unclosed inside: close up to the matching block, if near.
        for (qsizetype k = m_open.size() - 1; k >= 0 && k >= m_open.size() - CloseSearch; --k) {
            if (m_open.at(k).name == name) {
                while (m_open.size() > k)
                    closeTop(at);
                return;
            }
        }
    }
    void closeTop(qsizetype at)
    {
        const Open o = m_open.takeLast();
        const qsizetype size = at - o.start;
        const double linkDensity = size > 0 ? double(m_linkChars - o.links) / double(size) : 1.0;
        m_blocks.append({o.start, at, o.score * std::max(0.0, 1.0 - linkDensity),
                         m_open.isEmpty() ? -1 : m_open.last().id});
    }

    QList<Open> m_open;
    QList<Block> m_blocks;
    qsizetype m_nextId = 0;
    qsizetype m_overflow = 0;
    qsizetype m_linkChars = 0;
    int m_anchorDepth = 0;
    qsizetype m_paragraphStart = -1;
    qsizetype m_paragraphLinks = 0;
};

QString attribute(const QString &tag, const QString &name)
{
    // Compiled once per attribute name and thread: a page of many <meta> tags
    // would otherwise compile four expressions per tag.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(name);
    if (it == cache.cend()) {
        it = cache.insert(name,
                          QRegularExpression(
                              u"\\b"_s + name + u"\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
                              QRegularExpression::CaseInsensitiveOption));
    }
    const auto m = it->match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (!m.captured(i).isNull())
            return HtmlExtractor::decodeEntities(m.captured(i)).trimmed();
    }
    return {};
}

// Collapses runs of spaces and blank lines left by markup.
QString tidy(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    const QStringList lines = raw.split(u'\n');
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        if (simplified.isEmpty())
            continue;
        if (!out.isEmpty())
            out.append(u'\n');
        out.append(simplified);
    }
    return out;
}

} // namespace

QString HtmlExtractor::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            out.append(c);
            continue;
        }
        // A reference is short: look for its ';' within a bounded window, or
        // a text of nothing but '&' would be searched to its end from each one.
        const qsizetype semi =
            text.sliced(i + 1, std::min(MaxEntityLength, text.size() - i - 1)).indexOf(u';');
        if (semi < 0) {
            out.append(c);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semi);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            code = char32_t(name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10));
            ok = ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        } else if (const auto it = namedEntities().constFind(name.toString());
                   it != namedEntities().cend()) {
            code = *it;
            ok = true;
        }
        if (!ok) {
            out.append(c);
            continue;
        }
        if (QChar::requiresSurrogates(code)) {
            out.append(QChar(QChar::highSurrogate(code)));
            out.append(QChar(QChar::lowSurrogate(code)));
        } else {
            out.append(QChar(char16_t(code)));
        }
        i += semi + 1;
    }
    return out;
}

bool HtmlExtractor::looksLikeHtml(const QString &text)
{
    const QString head = text.left(1024).trimmed().toLower();
    return head.startsWith(u"<!doctype html"_s) || head.startsWith(u"<html"_s) ||
           (head.startsWith(u"<"_s) && head.contains(u"<body"_s));
}

HtmlDocument HtmlExtractor::extract(const QString &html)
{
    HtmlDocument doc;
    QString raw;
    raw.reserve(html.size() / 2);
    QString skipping; // name of the element whose content is skipped
    qsizetype skippedFrom = 0;
    bool inTitle = false;
    QString title;
    LastClosingTags lastClosing(html);
    // The article's own container when the page marks one: text inside
    // <article> (else <main>) is kept apart, to be preferred over the page.
    QString articleRaw, mainRaw;
    int articleDepth = 0, mainDepth = 0;
    ParagraphDensity density;
    auto keep = [&](QStringView text) {
        raw.append(text);
        density.text(text.size());
        if (articleDepth > 0)
            articleRaw.append(text);
        if (mainDepth > 0)
            mainRaw.append(text);
    };

    for (qsizetype i = 0; i < html.size();) {
        if (html.at(i) != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? html.size() : next;
            if (inTitle)
                title.append(QStringView(html).sliced(i, end - i));
            else if (skipping.isEmpty())
                keep(QStringView(html).sliced(i, end - i));
            i = end;
            continue;
        }
        if (html.mid(i, 4) == u"<!--"_s) {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            if (end < 0 && skipping.isEmpty()) {
                doc.warnings.append(tr("unclosed comment: the last %n character(s) of the page, "
                                       "after it, were left out",
                                       nullptr, clampToInt(html.size() - i)));
            }
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0) {
            // A lone '<' in text, not a tag.
            if (skipping.isEmpty())
                keep(QStringView(html).sliced(i));
            break;
        }
        const QString tag = html.mid(i, close - i + 1);
        i = close + 1;
        static const QRegularExpression nameRe(u"^</?\\s*([a-zA-Z][a-zA-Z0-9:-]*)"_s);
        const auto m = nameRe.match(tag);
        if (!m.hasMatch()) {
            if (skipping.isEmpty() && !tag.startsWith(u"<!"_s) && !tag.startsWith(u"<?"_s))
                keep(tag);
            continue;
        }
        const QString name = m.captured(1).toLower();
        const bool closing = tag.startsWith(u"</"_s);

        // Metadata wherever it stands.
        if (name == u"meta"_s) {
            const QString key = (attribute(tag, u"property"_s) + u' ' + attribute(tag, u"name"_s) +
                                 u' ' + attribute(tag, u"itemprop"_s))
                                    .toLower();
            const QString content = attribute(tag, u"content"_s);
            if (key.contains(u"published_time"_s) || key.contains(u"datepublished"_s) ||
                key.contains(u"pubdate"_s))
                doc.dateline = doc.dateline.isEmpty() ? content : doc.dateline;
            else if (key.contains(u"og:url"_s))
                doc.url = doc.url.isEmpty() ? content : doc.url;
            else if (key.contains(u"og:site_name"_s))
                doc.source = content;
            else if (key.contains(u"og:title"_s) && title.trimmed().isEmpty())
                doc.title = content;
        } else if (name == u"link"_s && attribute(tag, u"rel"_s).toLower() == u"canonical"_s) {
            doc.url = attribute(tag, u"href"_s);
        } else if (name == u"time"_s && !closing && doc.dateline.isEmpty()) {
            doc.dateline = attribute(tag, u"datetime"_s);
        }

        if (name == u"title"_s && skipping == u"head"_s) {
            inTitle = !closing;
            continue;
        }
        if (!skipping.isEmpty()) {
            if (closing && name == skipping)
                skipping.clear();
            continue;
        }
        if (!closing && isSkippedElement(name) && !tag.endsWith(u"/>"_s)) {
            if (lastClosing.of(name) < i && !isRawTextElement(name)) {
                // Never closed: skipping it would drop the rest of the page.
                // (HTML lets </head> be left out: nothing to report then.)
                if (name != u"head"_s)
                    doc.warnings.append(
                        tr("unclosed <%1> element: its content is kept as text").arg(name));
            } else {
                skipping = name;
                skippedFrom = i;
                if (name == u"head"_s)
                    inTitle = false;
                continue;
            }
        }
        if (name == u"title"_s) { // a <title> outside <head>
            inTitle = !closing;
            continue;
        }
        if (name == u"article"_s && !tag.endsWith(u"/>"_s))
            articleDepth = std::max(0, articleDepth + (closing ? -1 : 1));
        else if (name == u"main"_s && !tag.endsWith(u"/>"_s))
            mainDepth = std::max(0, mainDepth + (closing ? -1 : 1));
        if (isBlockElement(name))
            keep(u"\n");
        else if (name == u"td"_s || name == u"th"_s)
            keep(u" ");
        if (!tag.endsWith(u"/>"_s))
            density.tag(name, closing, raw.size());
    }

    if (const QString ld = ArticleMetadata::jsonLdDatePublished(html); !ld.isEmpty())
        doc.dateline = ld; // JSON-LD names the article's own date; <time> may be any
    if (!skipping.isEmpty()) {
        doc.warnings.append(tr("unclosed <%1> element: the last %n character(s) of the page, "
                               "after it, were left out",
                               nullptr, clampToInt(html.size() - skippedFrom))
                                .arg(skipping));
    }
    const QString decodedTitle = decodeEntities(title).simplified();
    if (!decodedTitle.isEmpty())
        doc.title = decodedTitle;
    doc.text = tidy(decodeEntities(raw));
    // Prefer the page's article container when it holds a real text: the
    // rest (menus, teasers, comments) is then left out. That is said when
    // more is left out than kept: a page where the container may be wrong.
    constexpr qsizetype MinimumArticle = 200;
    for (const QString *container : {&articleRaw, &mainRaw}) {
        const QString text = tidy(decodeEntities(*container));
        if (text.size() < MinimumArticle || text.size() >= doc.text.size())
            continue;
        if (doc.text.size() - text.size() > text.size()) {
            doc.warnings.append(
                tr("the text of the page's <%1> element was kept; %n character(s) of page "
                   "text around it were left out",
                   nullptr, clampToInt(doc.text.size() - text.size()))
                    .arg(container == &articleRaw ? u"article"_s : u"main"_s));
        }
        doc.text = text;
        return doc;
    }
    // No container marked: the densest block of paragraphs, when the page
    // has one apart from the rest.
    QString densest;
    for (const auto &[from, to] : density.article(raw.size()))
        densest += QStringView(raw).sliced(from, to - from) + u'\n';
    const QString text = tidy(decodeEntities(densest));
    if (text.size() >= MinimumArticle && text.size() < doc.text.size()) {
        if (doc.text.size() - text.size() > text.size()) {
            doc.warnings.append(tr("the page marks no article: its densest block of paragraphs "
                                   "was kept; %n character(s) of page text around it were left "
                                   "out",
                                   nullptr, clampToInt(doc.text.size() - text.size())));
        }
        doc.text = text;
    }
    return doc;
}

} // namespace Marsad::Corpus

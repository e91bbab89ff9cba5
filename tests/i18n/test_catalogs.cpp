// The Qt Linguist catalogs: complete, with every plural form, and worded as
// reviewed (the words a first draft got wrong must not come back).
#include "catalog.h"
#include "localeformat.h"
#include "testsupport.h"
#include "timelinerenderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using Marsad::I18n::Catalog;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList forms; ///< One for a plain message, one per plural form.
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readCatalog(const QString &name)
{
    QFile file(QStringLiteral(MARSAD_SOURCE_DIR) + u"/translations/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            messages.append(m);
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            Message &m = messages.last();
            m.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            if (!m.numerus)
                m.forms.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            messages.last().forms.append(xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    const QRegularExpression re(u"%L?([1-9])"_s);
    for (const auto &match : re.globalMatch(text))
        found.append(match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString mainWindowText(const QString &language, const char *source, int n)
{
    // The status bar (LoadStatus) counts the articles.
    return Catalog::translate(language, "Marsad::Widgets::LoadStatus", source, n);
}

} // namespace

TEST_CASE("The Arabic catalog is complete, with six plural forms", "[i18n]")
{
    const QList<Message> messages = readCatalog(u"marsad_ar.ts"_s);
    REQUIRE(messages.size() > 100);
    for (const Message &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        CHECK(m.forms.size() == (m.numerus ? 6 : 1));
        for (const QString &form : m.forms) {
            CHECK_FALSE(form.isEmpty());
            // Every %1… of the source, as %1 or %L1 (localized digits).
            CHECK(placeholders(form) == placeholders(m.source));
        }
        if (m.numerus) {
            // From 3 on, the count is written (in the locale's digits).
            for (int form = 3; form < 6; ++form)
                CHECK(m.forms.at(form).contains(u"%Ln"_s));
        }
    }
}

TEST_CASE("The Arabic wording avoids the words a review rejected", "[i18n]")
{
    for (const Message &m : readCatalog(u"marsad_ar.ts"_s)) {
        for (const QString &form : m.forms) {
            INFO(m.source.toStdString() << " → " << form.toStdString());
            // A corpus is not a blog.
            CHECK_FALSE(form.contains(u"مدون"_s));
            // Candidate (an unlisted name) and filter must not share a word.
            CHECK_FALSE(form.contains(QRegularExpression(u"مرش[\u0651]?[\u064E\u0650]?ح"_s)));
            if (m.source.contains(u"dateline"_s))
                CHECK_FALSE(form.contains(u"منشور"_s));
            // No mnemonics: Qt underlines the letter after "&" as a run of its
            // own, which breaks the joining of the Arabic word.
            CHECK_FALSE(form.contains(QRegularExpression(u"&[\u0600-\u06FF]"_s)));
        }
    }
}

TEST_CASE("The English catalog holds plural forms without \"(s)\"", "[i18n]")
{
    const QList<Message> messages = readCatalog(u"marsad_en.ts"_s);
    REQUIRE_FALSE(messages.isEmpty());
    for (const Message &m : messages) {
        INFO(m.source.toStdString());
        CHECK(m.numerus);
        CHECK_FALSE(m.unfinished);
        REQUIRE(m.forms.size() == 2);
        for (const QString &form : m.forms)
            CHECK_FALSE(form.contains(u"(s)"_s));
    }
    CHECK(mainWindowText(u"en"_s, "%n article(s)", 1) == u"1 article"_s);
    CHECK(mainWindowText(u"en"_s, "%n article(s)", 5) == u"5 articles"_s);
}

TEST_CASE("Arabic plurals take all six forms", "[i18n]")
{
    // Catalog numbers follow the Arabic locale: ar_EG's digits under ctest's C locale.
    const QLocale arabic = Marsad::I18n::LocaleFormat::localeFor(u"ar"_s);
    auto n = [&](int value) {
        return arabic.toString(value);
    };
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 1) == u"مقال واحد"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 2) == u"مقالان"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 3) == n(3) + u" مقالات"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 10) == n(10) + u" مقالات"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 11) == n(11) + u" مقالًا"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 100) == n(100) + u" مقال"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 103) == n(103) + u" مقالات"_s);
    CHECK(mainWindowText(u"ar"_s, "%n article(s)", 0) == u"لا مقالات"_s);
}

TEST_CASE("Timeline texts follow the scene's language, not the UI's", "[i18n][timeline]")
{
    using Marsad::Models::TimelineItem;
    using Marsad::Render::TimelineRenderer;
    CHECK(TimelineRenderer::laneName(TimelineItem::Lane::Articles, u"ar"_s) ==
          u"المقالات (تاريخ النشر)"_s);
    CHECK(TimelineRenderer::laneName(TimelineItem::Lane::Articles, u"en"_s) ==
          u"Articles (publication date)"_s);
    CHECK(TimelineRenderer::exportTitle(u"ar"_s) == u"مرصد — الخط الزمني"_s);
    CHECK(TimelineRenderer::precisionName(Marsad::Time::Precision::Month, u"ar"_s) == u"الشهر"_s);
    // In the Arabic locale of the system (ar_EG's digits under ctest's C locale).
    const QString arabicDate =
        TimelineRenderer::formatDate(QDate(2020, 10, 9), Marsad::Time::Precision::Day, u"ar"_s);
    CHECK(arabicDate ==
          Marsad::I18n::LocaleFormat::date(QDate(2020, 10, 9), Marsad::I18n::DatePrecision::Day,
                                           Marsad::I18n::LocaleFormat::localeFor(u"ar"_s)));
    CHECK(arabicDate.contains(u"أكتوبر"_s));

    Marsad::Index::Filter filter;
    filter.from = QDate(2020, 10, 1);
    filter.to = QDate(2020, 10, 9);
    const auto index = Marsad::Tests::sampleIndex();
    const QString ar = TimelineRenderer::describeFilter(filter, *index, u"ar"_s);
    CHECK(ar.startsWith(u"التصفية: "_s));
    CHECK_FALSE(ar.contains(u"2020-10-01"_s));
    CHECK(ar.contains(u"أكتوبر"_s));
    CHECK(TimelineRenderer::describeFilter({}, *index, u"en"_s) == u"All articles"_s);
    CHECK(TimelineRenderer::describeFilter(filter, *index, u"en"_s) ==
          u"Filter: 1 October 2020 – 9 October 2020"_s);
}

#include "articlejson.h"

#include "jsonwriter.h"
#include "textoffsets.h"

namespace Marsad::Cli {
namespace {

class ArticleWriter final
{
public:
    ArticleWriter(QByteArray &out, const Analysis::AnalyzedArticle &analyzed, JsonDetail detail)
        : m_json(out), m_analyzed(analyzed), m_offsets(analyzed.article.text),
          m_explain(detail == JsonDetail::Explain)
    {}

    void write()
    {
        const Corpus::Article &article = m_analyzed.article;
        m_json.beginObject();
        m_json.key("file").value(article.file);
        if (article.indexInFile > 0)
            m_json.key("index_in_file").value(article.indexInFile);
        m_json.key("title").value(article.title);
        m_json.key("encoding").value(article.encoding);
        if (!article.dateline.isEmpty())
            m_json.key("dateline").value(article.dateline);
        if (!article.url.isEmpty())
            m_json.key("url").value(article.url);
        if (!article.source.isEmpty())
            m_json.key("source").value(article.source);
        writeBoilerplate();
        writePublished();
        writeMentions();
        writeTimexes();
        writeEvents();
        writeErrors();
        m_json.endObject();
    }

private:
    void span(const TextSpan &s)
    {
        m_json.key("start").value(qint64(m_offsets.toCodePoint(s.start)));
        m_json.key("end").value(qint64(m_offsets.toCodePoint(s.end)));
    }

    void writeBoilerplate()
    {
        m_json.key("boilerplate").beginArray();
        for (const Corpus::Boilerplate &b : m_analyzed.article.boilerplate) {
            m_json.beginObject();
            m_json.key("kind").value(b.kind);
            span(b);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writePublished()
    {
        const Time::PublishedDate &p = m_analyzed.time.published;
        m_json.key("published").beginObject();
        m_json.key("value").stringOrNull(p.value);
        m_json.key("precision");
        if (p.isNull())
            m_json.null();
        else
            m_json.value(Time::precisionName(p.precision));
        m_json.key("confidence").value(p.confidence);
        m_json.key("evidence").value(p.evidence);
        m_json.key("basis").value(Time::basisName(p.basis));
        if (p.isRange()) {
            m_json.key("range").beginObject();
            m_json.key("start").value(p.start.toString(Qt::ISODate));
            m_json.key("end").value(p.end.toString(Qt::ISODate));
            m_json.endObject();
        }
        m_json.key("constraints").beginArray();
        for (const Time::DateEvidence &e : p.constraints) {
            m_json.beginObject();
            m_json.key("kind").value(Time::evidenceKindName(e.kind));
            // A shared passage (a link) is long and its span says where it
            // is; the other surfaces are a few words.
            if (m_explain || e.kind != Time::DateEvidence::Kind::Link)
                m_json.key("surface").value(e.surface);
            if (m_explain)
                m_json.key("note").value(e.note);
            m_json.key("conflicting").value(e.conflicting);
            if (e.span.isValid())
                span(e.span);
            m_json.endObject();
        }
        m_json.endArray();
        if (m_explain && !p.conflicts.isEmpty())
            m_json.key("conflicts").value(p.conflicts);
        if (m_explain && !p.notes.isEmpty())
            m_json.key("notes").value(p.notes);
        m_json.endObject();
    }

    void writeMentions()
    {
        m_json.key("mentions").beginArray();
        for (const Mention &m : m_analyzed.mentions) {
            m_json.beginObject();
            m_json.key("id").value(m.entityId);
            m_json.key("type").value(entityTypeName(m.type));
            m_json.key("surface").value(m.surface);
            m_json.key("candidate").value(m.candidate);
            m_json.key("confidence").value(m.confidence);
            span(m.span);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeTimexes()
    {
        m_json.key("timexes").beginArray();
        for (const Time::Timex &t : m_analyzed.time.timexes) {
            m_json.beginObject();
            m_json.key("surface").value(t.surface);
            m_json.key("value").stringOrNull(t.value);
            m_json.key("precision").value(Time::precisionName(t.precision));
            m_json.key("kind").value(Time::timexKindName(t.kind));
            m_json.key("role").value(Time::dateRoleName(t.role));
            if (t.span.isValid())
                span(t.span);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeEvents()
    {
        m_json.key("events").beginArray();
        for (const Time::Event &e : m_analyzed.time.events) {
            m_json.beginObject();
            m_json.key("date").value(e.value);
            m_json.key("precision").value(Time::precisionName(e.precision));
            m_json.key("entities").value(e.entityIds);
            m_json.key("evidence").value(e.evidence);
            span(e.span);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeErrors()
    {
        m_json.key("errors").beginArray();
        for (const Issue &issue : m_analyzed.article.issues) {
            m_json.beginObject();
            m_json.key("severity").value(issue.severityName());
            m_json.key("message").value(issue.message);
            if (issue.start >= 0)
                span({issue.start, issue.end});
            m_json.endObject();
        }
        m_json.endArray();
    }

    JsonWriter m_json;
    const Analysis::AnalyzedArticle &m_analyzed;
    const CodePointOffsets m_offsets;
    const bool m_explain;
};

} // namespace

void ArticleJson::write(QByteArray &out, const Analysis::AnalyzedArticle &analyzed,
                        JsonDetail detail)
{
    ArticleWriter(out, analyzed, detail).write();
}

} // namespace Marsad::Cli

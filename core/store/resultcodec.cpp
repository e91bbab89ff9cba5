#include "resultcodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Marsad::Store {
namespace {

// A field added to one of these types must be coded below (and Version
// bumped); these fire as a reminder when a type's size changes.
#if defined(__x86_64__) || defined(__aarch64__)
static_assert(sizeof(Issue) == 72, "Issue changed: update resultcodec.cpp");
static_assert(sizeof(Corpus::Article) == 256, "Article changed: update resultcodec.cpp");
static_assert(sizeof(Corpus::Boilerplate) == 40, "Boilerplate changed: update resultcodec.cpp");
static_assert(sizeof(Mention) == 88, "Mention changed: update resultcodec.cpp");
static_assert(sizeof(Time::Timex) == 136, "Timex changed: update resultcodec.cpp");
static_assert(sizeof(Time::Event) == 248, "Event changed: update resultcodec.cpp");
static_assert(sizeof(Time::DateEvidence) == 80, "DateEvidence changed: update resultcodec.cpp");
static_assert(sizeof(Time::PublishedDate) == 192, "PublishedDate changed: update resultcodec.cpp");
static_assert(sizeof(Time::ArticleTime) == 240, "ArticleTime changed: update resultcodec.cpp");
#endif

constexpr quint32 Magic = 0x4d525344; // "MRSD"
enum class Kind : quint16
{
    File = 1,
    Times = 2
};

// --- writing ---------------------------------------------------------------

struct Writer
{
    QDataStream &out;
    const QString *path = nullptr; ///< Written as a marker where it stands.

    void file(const QString &f)
    {
        const bool same = path && f == *path;
        out << same;
        if (!same)
            out << f;
    }
    void span(const TextSpan &s) { out << qint64(s.start) << qint64(s.end); }
    void issue(const Issue &i)
    {
        out << quint8(i.severity);
        file(i.file);
        out << i.message << qint64(i.start) << qint64(i.end);
    }
    void issues(const Issues &list)
    {
        out << qint64(list.size());
        for (const Issue &i : list)
            issue(i);
    }
    void article(const Corpus::Article &a)
    {
        file(a.file);
        out << qint32(a.indexInFile) << a.text << a.encoding << a.title;
        span(a.titleSpan);
        out << a.dateline;
        span(a.datelineSpan);
        out << a.url << a.source << qint64(a.boilerplate.size());
        for (const Corpus::Boilerplate &b : a.boilerplate) {
            span(b);
            out << b.kind;
        }
        issues(a.issues);
    }
    void mention(const Mention &m)
    {
        out << m.entityId << quint8(m.type);
        span(m.span);
        out << m.surface << m.candidate << m.confidence;
    }
    void timex(const Time::Timex &t)
    {
        out << t.surface;
        span(t.span);
        out << t.value << quint8(t.precision) << t.start << t.end << quint8(t.kind)
            << qint32(t.dayOffset) << qint32(t.weekday) << qint32(t.month) << qint32(t.day)
            << qint32(t.direction) << qint32(t.ordinal) << qint32(t.fuzzDays) << quint8(t.role)
            << t.qualified << t.hasTime << quint8(t.unit);
    }
    void event(const Time::Event &e)
    {
        out << e.value << quint8(e.precision) << e.start << e.end << e.entityIds << e.evidence;
        span(e.span);
        timex(e.timex);
    }
    void evidence(const Time::DateEvidence &d)
    {
        out << quint8(d.kind) << d.surface;
        span(d.span);
        out << d.note << d.conflicting;
    }
    void published(const Time::PublishedDate &p)
    {
        out << p.value << quint8(p.precision) << p.date << p.start << p.end << p.confidence
            << quint8(p.basis) << p.evidence << qint64(p.constraints.size());
        for (const Time::DateEvidence &d : p.constraints)
            evidence(d);
        out << p.conflicts << p.notes << p.linkedFiles;
    }
    void time(const Time::ArticleTime &t)
    {
        published(t.published);
        out << qint64(t.timexes.size());
        for (const Time::Timex &x : t.timexes)
            timex(x);
        out << qint64(t.events.size());
        for (const Time::Event &e : t.events)
            event(e);
    }
};

// --- reading ---------------------------------------------------------------

struct Reader
{
    QDataStream &in;
    const QString *path = nullptr;

    bool ok() const { return in.status() == QDataStream::Ok; }
    /// A list size, refused when negative or beyond what the stream could hold.
    bool count(qsizetype *n)
    {
        qint64 v = -1;
        in >> v;
        if (!ok() || v < 0 || v > qint64(in.device()->bytesAvailable()))
            return false;
        *n = qsizetype(v);
        return true;
    }
    template<typename E>
    void enumeration(E &e)
    {
        quint8 v = 0;
        in >> v;
        e = E(v);
    }
    void integer(int &i)
    {
        qint32 v = 0;
        in >> v;
        i = v;
    }
    void size(qsizetype &s)
    {
        qint64 v = 0;
        in >> v;
        s = qsizetype(v);
    }
    void file(QString &f)
    {
        bool same = false;
        in >> same;
        if (same && path)
            f = *path;
        else
            in >> f;
    }
    void span(TextSpan &s)
    {
        size(s.start);
        size(s.end);
    }
    bool issue(Issue &i)
    {
        enumeration(i.severity);
        file(i.file);
        in >> i.message;
        size(i.start);
        size(i.end);
        return ok();
    }
    bool issues(Issues &list)
    {
        qsizetype n = 0;
        if (!count(&n))
            return false;
        list.resize(n);
        for (Issue &i : list) {
            if (!issue(i))
                return false;
        }
        return true;
    }
    bool article(Corpus::Article &a)
    {
        file(a.file);
        integer(a.indexInFile);
        in >> a.text >> a.encoding >> a.title;
        span(a.titleSpan);
        in >> a.dateline;
        span(a.datelineSpan);
        in >> a.url >> a.source;
        qsizetype n = 0;
        if (!count(&n))
            return false;
        a.boilerplate.resize(n);
        for (Corpus::Boilerplate &b : a.boilerplate) {
            span(b);
            in >> b.kind;
        }
        return ok() && issues(a.issues);
    }
    bool mention(Mention &m)
    {
        in >> m.entityId;
        enumeration(m.type);
        span(m.span);
        in >> m.surface >> m.candidate >> m.confidence;
        return ok();
    }
    bool timex(Time::Timex &t)
    {
        in >> t.surface;
        span(t.span);
        in >> t.value;
        enumeration(t.precision);
        in >> t.start >> t.end;
        enumeration(t.kind);
        integer(t.dayOffset);
        integer(t.weekday);
        integer(t.month);
        integer(t.day);
        integer(t.direction);
        integer(t.ordinal);
        integer(t.fuzzDays);
        enumeration(t.role);
        in >> t.qualified >> t.hasTime;
        enumeration(t.unit);
        return ok();
    }
    bool event(Time::Event &e)
    {
        in >> e.value;
        enumeration(e.precision);
        in >> e.start >> e.end >> e.entityIds >> e.evidence;
        span(e.span);
        return timex(e.timex);
    }
    bool evidence(Time::DateEvidence &d)
    {
        enumeration(d.kind);
        in >> d.surface;
        span(d.span);
        in >> d.note >> d.conflicting;
        return ok();
    }
    bool published(Time::PublishedDate &p)
    {
        in >> p.value;
        enumeration(p.precision);
        in >> p.date >> p.start >> p.end >> p.confidence;
        enumeration(p.basis);
        in >> p.evidence;
        qsizetype n = 0;
        if (!count(&n))
            return false;
        p.constraints.resize(n);
        for (Time::DateEvidence &d : p.constraints) {
            if (!evidence(d))
                return false;
        }
        in >> p.conflicts >> p.notes >> p.linkedFiles;
        return ok();
    }
    bool time(Time::ArticleTime &t)
    {
        if (!published(t.published))
            return false;
        qsizetype n = 0;
        if (!count(&n))
            return false;
        t.timexes.resize(n);
        for (Time::Timex &x : t.timexes) {
            if (!timex(x))
                return false;
        }
        if (!count(&n))
            return false;
        t.events.resize(n);
        for (Time::Event &e : t.events) {
            if (!event(e))
                return false;
        }
        return true;
    }
};

QByteArray wrap(Kind kind, const QByteArray &body)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out << Magic << quint16(kind) << ResultCodec::Version;
    blob.append(qCompress(body, 1));
    return blob;
}

/// The body of a blob of \a kind, or nothing when it is not one.
std::optional<QByteArray> unwrap(Kind kind, const QByteArray &blob)
{
    constexpr qsizetype Header = 8;
    if (blob.size() <= Header)
        return std::nullopt;
    QDataStream in(blob.first(Header));
    quint32 magic = 0;
    quint16 k = 0, version = 0;
    in >> magic >> k >> version;
    if (magic != Magic || k != quint16(kind) || version != ResultCodec::Version)
        return std::nullopt;
    QByteArray body = qUncompress(blob.sliced(Header));
    if (body.isEmpty())
        return std::nullopt;
    return body;
}

} // namespace

QByteArray ResultCodec::encodeFile(const QString &path, const Issues &fileIssues,
                                   std::span<const Corpus::Article> articles,
                                   std::span<const QList<Mention>> mentions,
                                   std::span<const QList<quint64>> words)
{
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        Writer w{out, &path};
        w.issues(fileIssues);
        out << qint64(articles.size());
        for (qsizetype i = 0; i < qsizetype(articles.size()); ++i) {
            w.article(articles[i]);
            const QList<Mention> none;
            const QList<Mention> &list = i < qsizetype(mentions.size()) ? mentions[i] : none;
            out << qint64(list.size());
            for (const Mention &m : list)
                w.mention(m);
            const QList<quint64> noWords;
            const QList<quint64> &keys = i < qsizetype(words.size()) ? words[i] : noWords;
            out << qint64(keys.size());
            for (const quint64 key : keys)
                out << key;
        }
    }
    return wrap(Kind::File, body);
}

std::optional<FileResult> ResultCodec::decodeFile(const QByteArray &blob, const QString &path)
{
    const std::optional<QByteArray> body = unwrap(Kind::File, blob);
    if (!body)
        return std::nullopt;
    QDataStream in(*body);
    in.setVersion(QDataStream::Qt_6_4);
    Reader r{in, &path};
    FileResult result;
    result.load.file = path;
    if (!r.issues(result.load.issues))
        return std::nullopt;
    qsizetype n = 0;
    if (!r.count(&n))
        return std::nullopt;
    result.load.articles.resize(n);
    result.mentions.resize(n);
    result.words.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (!r.article(result.load.articles[i]))
            return std::nullopt;
        qsizetype m = 0;
        if (!r.count(&m))
            return std::nullopt;
        result.mentions[i].resize(m);
        for (Mention &mention : result.mentions[i]) {
            if (!r.mention(mention))
                return std::nullopt;
        }
        qsizetype k = 0;
        if (!r.count(&k) || k > qsizetype(in.device()->bytesAvailable() / 8))
            return std::nullopt;
        result.words[i].resize(k);
        for (quint64 &key : result.words[i])
            in >> key;
    }
    if (!r.ok() || !in.atEnd())
        return std::nullopt;
    return result;
}

QByteArray ResultCodec::encodeTimes(std::span<const Time::ArticleTime> times)
{
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        Writer w{out, nullptr};
        out << qint64(times.size());
        for (const Time::ArticleTime &t : times)
            w.time(t);
    }
    return wrap(Kind::Times, body);
}

std::optional<QList<Time::ArticleTime>> ResultCodec::decodeTimes(const QByteArray &blob)
{
    const std::optional<QByteArray> body = unwrap(Kind::Times, blob);
    if (!body)
        return std::nullopt;
    QDataStream in(*body);
    in.setVersion(QDataStream::Qt_6_4);
    Reader r{in, nullptr};
    qsizetype n = 0;
    if (!r.count(&n))
        return std::nullopt;
    QList<Time::ArticleTime> times(n);
    for (Time::ArticleTime &t : times) {
        if (!r.time(t))
            return std::nullopt;
    }
    if (!r.ok() || !in.atEnd())
        return std::nullopt;
    return times;
}

} // namespace Marsad::Store

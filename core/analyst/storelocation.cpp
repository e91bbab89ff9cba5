// StoreLocation: the `--store` text, read by hand rather than by QUrl, which
// lower-cases host names, and rejects a user name without a host, as in
// "postgresql://marsad@/analysis?host=/run/postgresql".
#include "analyststore.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Marsad::Analyst {
namespace {

const QString SqlitePrefix = u"sqlite:"_s;
const QStringList PostgresPrefixes = {u"postgresql://"_s, u"postgres://"_s};
constexpr int DefaultPort = 5432;

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

bool parsePort(const QString &text, int *port, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        *error = StoreLocation::tr("'%1' is not a port number").arg(text);
        return false;
    }
    *port = value;
    return true;
}

bool parsePostgres(const QString &rest, StoreLocation *location, QString *error)
{
    // [user[:password]@][host][:port]/dbname[?key=value&…]
    QString main = rest, query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        main = rest.left(q);
        query = rest.mid(q + 1);
    }
    const qsizetype slash = main.indexOf(u'/');
    if (slash < 0) {
        *error =
            StoreLocation::tr("it names no database (postgresql://[user@][host][:port]/DATABASE)");
        return false;
    }
    QString authority = main.left(slash);
    location->database = decoded(main.mid(slash + 1));
    if (location->database.isEmpty() || location->database.contains(u'/')) {
        *error =
            StoreLocation::tr("it names no database (postgresql://[user@][host][:port]/DATABASE)");
        return false;
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        location->user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            location->password = decoded(userInfo.mid(colon + 1));
    }
    QString host = authority, port;
    if (authority.startsWith(u'[')) { // an IPv6 address
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            *error = StoreLocation::tr("'%1' is not a host").arg(authority);
            return false;
        }
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            *error = StoreLocation::tr("'%1' is not a host").arg(authority);
            return false;
        }
        port = after.mid(1);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        host = authority.left(colon);
        port = authority.mid(colon + 1);
    }
    location->host = decoded(host);
    if (!port.isEmpty() && !parsePort(port, &location->port, error))
        return false;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == u"host"_s) {
            location->host = value;
        } else if (key == u"port"_s) {
            if (!parsePort(value, &location->port, error))
                return false;
        } else {
            *error =
                StoreLocation::tr("the parameter '%1' is not supported (only host and port are)")
                    .arg(key);
            return false;
        }
    }
    return true;
}

} // namespace

bool StoreLocation::parse(const QString &text, StoreLocation *location, QString *error)
{
    StoreLocation parsed;
    QString why;
    bool ok = true;
    if (text.trimmed().isEmpty()) {
        why = tr("no store was given");
        ok = false;
    } else if (text.startsWith(SqlitePrefix)) {
        parsed.path = text.mid(SqlitePrefix.size());
        if (parsed.path.isEmpty()) {
            why = tr("it names no file (sqlite:PATH)");
            ok = false;
        }
    } else if (const auto prefix = std::find_if(
                   PostgresPrefixes.begin(), PostgresPrefixes.end(),
                   [&text](const QString &p) { return text.startsWith(p, Qt::CaseInsensitive); });
               prefix != PostgresPrefixes.end()) {
        parsed.kind = Kind::PostgreSQL;
        ok = parsePostgres(text.mid(prefix->size()), &parsed, &why);
    } else if (static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
               scheme.match(text).hasMatch()) {
        why = tr("'%1' stores are not supported").arg(scheme.match(text).captured(1));
        ok = false;
    } else {
        parsed.path = text; // a plain path: an SQLite file
    }
    if (!ok) {
        if (error)
            *error = StoreLocation::tr("Bad store '%1': %2. Give sqlite:PATH, a file, or "
                                       "postgresql://[user@][host][:port]/DATABASE.")
                         .arg(text, why);
        return false;
    }
    if (location)
        *location = parsed;
    return true;
}

QString StoreLocation::toString() const
{
    if (kind == Kind::SQLite)
        return SqlitePrefix + path;
    const bool socket = host.startsWith(u'/');
    QString text = PostgresPrefixes.first();
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    if (!socket) {
        text += host.contains(u':') ? u'[' + host + u']' : encoded(host);
        if (port != DefaultPort)
            text += u':' + QString::number(port);
    }
    text += u'/' + encoded(database);
    if (socket) {
        text += u"?host="_s + encoded(host, "/");
        if (port != DefaultPort)
            text += u"&port="_s + QString::number(port);
    }
    return text;
}

} // namespace Marsad::Analyst

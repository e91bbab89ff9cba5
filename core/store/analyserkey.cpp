#include "analyserkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Marsad::Store {

QString AnalyserKey::compute(const Entities::Gazetteer &gazetteer)
{
    return compute(QByteArray(analyserSourcesHash()), gazetteerFingerprint(gazetteer),
                   messageLanguage());
}

QString AnalyserKey::compute(const QByteArray &sourcesHash, const QByteArray &gazetteerFingerprint,
                             const QString &language)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("marsad-analyser\n");
    hash.addData(sourcesHash);
    hash.addData("\n");
    hash.addData(gazetteerFingerprint);
    hash.addData("\n");
    hash.addData(language.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray AnalyserKey::gazetteerFingerprint(const Entities::Gazetteer &gazetteer)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        for (const Entities::Entity &e : gazetteer.entities()) {
            out << e.id << int(e.type) << e.ar << e.en << e.aliases << e.lat << e.lon
                << e.hasCoordinates << e.kind << e.country << e.needsContext << e.pinned
                << e.pinRank << e.district;
        }
        for (const Entities::Alias &a : gazetteer.aliases()) {
            out << qint64(a.entity) << a.written << a.tokens << a.gaps << a.needsContext
                << a.bareAlef;
        }
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString AnalyserKey::messageLanguage()
{
    // The locale alone is not enough: a run may have an Arabic locale and no
    // Arabic catalog installed (or the reverse), so a translated probe joins it.
    return QLocale().name() + u'|' +
           QCoreApplication::translate("Marsad::Corpus::CorpusLoader", "no such file or folder");
}

} // namespace Marsad::Store

#include "filestamp.h"

#include <QCryptographicHash>
#include <QFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Marsad::Store {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    struct stat st
    {};
    if (ContentHash::isResource(path) || ::stat(QFile::encodeName(path).constData(), &st) != 0 ||
        !S_ISREG(st.st_mode))
        return stamp;
    stamp.size = qint64(st.st_size);
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + qint64(st.st_mtim.tv_nsec);
    stamp.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + qint64(st.st_ctim.tv_nsec);
    stamp.inode = qint64(st.st_ino);
    return stamp;
}

QByteArray ContentHash::of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool ContentHash::isResource(const QString &path)
{
    return path.startsWith(u":/"_s) || path.startsWith(u"qrc:"_s);
}

std::optional<QByteArray> ContentHash::read(const QString &path, qint64 maxSize)
{
    if (!isResource(path)) {
        const FileStamp stamp = FileStamp::of(path);
        if (!stamp.isValid() || stamp.size > maxSize)
            return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize || file.error() != QFileDevice::NoError)
        return std::nullopt;
    return bytes;
}

} // namespace Marsad::Store

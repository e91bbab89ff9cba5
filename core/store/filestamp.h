// What `stat` says of a file, to recognise an unchanged file without reading
// it, and the content hash that identifies what it holds.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Marsad::Store {

struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    /// The change time too: tools that restore the modification time (cp -p,
    /// rsync, tar) cannot set it, so a rewritten file never passes for unchanged.
    qint64 ctimeNs = 0;
    qint64 inode = 0;

    bool isValid() const { return size >= 0; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;

    /// The stamp of a regular file; invalid for anything else (missing,
    /// folder, FIFO, Qt resource…).
    static FileStamp of(const QString &path);
};

class ContentHash final
{
public:
    /// SHA-256 of \a bytes (32 raw bytes).
    static QByteArray of(const QByteArray &bytes);
    /// Reads \a path whole when it is a regular file or a Qt resource of at
    /// most \a maxSize bytes; nothing otherwise (the loader says why).
    static std::optional<QByteArray> read(const QString &path, qint64 maxSize);
    /// True for Qt resource paths (":/…", "qrc:…"), which have no stamp.
    static bool isResource(const QString &path);
};

} // namespace Marsad::Store

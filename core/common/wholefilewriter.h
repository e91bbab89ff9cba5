// Writes a file completely or not at all: the bytes go to a temporary file
// that replaces the destination only when every byte was written, so a full
// disk or a failed export never leaves a truncated file in place of a good one.
// Shared by every export (images, CSV, GeoJSON).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Marsad {

class WholeFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::WholeFileWriter)
public:
    /// Writes \a bytes to \a path; on failure returns false and sets \a reason
    /// (the system's words where there are some). Refuses a destination that
    /// exists and is not a regular file (a device or a pipe is not replaced).
    static bool write(const QString &path, const QByteArray &bytes, QString *reason);
};

} // namespace Marsad

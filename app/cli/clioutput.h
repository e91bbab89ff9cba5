// Writing to the command line's streams: UTF-8, whatever the locale, and
// never pretending a write succeeded (a full disk, a closed pipe).
#pragma once

#include <QFileDevice>
#include <QIODevice>
#include <QString>

namespace Marsad::Cli {

inline void print(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

/// Output that remembers its first failure: write everything, then ask
/// finish() whether it all reached the device.
class CheckedOutput final
{
public:
    explicit CheckedOutput(QIODevice &device) : m_device(device) {}

    void write(const QByteArray &bytes)
    {
        if (m_error.isEmpty() && m_device.write(bytes) != bytes.size())
            m_error = m_device.errorString();
    }

    /// False once a write has failed: stop producing output.
    bool ok() const { return m_error.isEmpty(); }

    /// Flushes (a FILE*-backed device buffers) and returns the reason of the
    /// first failure (the system's errno text), or an empty string.
    QString finish()
    {
        if (m_error.isEmpty()) {
            if (auto *file = qobject_cast<QFileDevice *>(&m_device)) {
                if (!file->flush() || file->error() != QFileDevice::NoError)
                    m_error = file->errorString();
            }
        }
        return m_error;
    }

private:
    QIODevice &m_device;
    QString m_error;
};

} // namespace Marsad::Cli

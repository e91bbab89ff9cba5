// Writing to the command line's streams: UTF-8, whatever the locale.
#pragma once

#include <QIODevice>
#include <QString>

namespace Marsad::Cli {

inline void print(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

} // namespace Marsad::Cli

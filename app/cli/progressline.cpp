#include "progressline.h"

#include "clioutput.h"

#include <QFileDevice>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

bool ProgressLine::isTerminal(QIODevice &device)
{
    auto *file = qobject_cast<QFileDevice *>(&device);
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

ProgressLine::Mode ProgressLine::modeFor(QIODevice &err, QIODevice &out, bool forced, bool quiet)
{
    if (quiet)
        return Mode::Off;
    if (isTerminal(err))
        return forced || !isTerminal(out) ? Mode::Terminal : Mode::Off;
    return forced ? Mode::Lines : Mode::Off;
}

ProgressLine::ProgressLine(QIODevice &err, QString prefix, Mode mode)
    : m_err(err), m_prefix(std::move(prefix)), m_mode(mode)
{}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString &stage, int percent)
{
    if (m_mode == Mode::Off || (stage == m_stage && percent == m_percent))
        return;
    m_stage = stage;
    m_percent = percent;
    const QString text = m_prefix + tr("%1 %2%").arg(stage).arg(percent);
    if (m_mode == Mode::Terminal) {
        // Carriage return, the text, then erase what a longer line left.
        print(m_err, u'\r' + text + u"\x1b[K"_s);
        m_drawn = true;
    } else {
        print(m_err, text + u'\n');
    }
}

void ProgressLine::clear()
{
    if (m_drawn) {
        print(m_err, u"\r\x1b[K"_s);
        m_drawn = false;
        m_stage.clear();
        m_percent = -1;
    }
}

} // namespace Marsad::Cli

// Progress of a headless command on stderr: one line redrawn in place on a
// terminal, plain lines when forced onto a file or a pipe (`--progress`).
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Marsad::Cli {

class ProgressLine final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::ProgressLine)
public:
    enum class Mode
    {
        Off,
        Terminal, ///< Redraw one line with a carriage return.
        Lines     ///< One line per change of stage or of whole percent.
    };

    /// Off when \a quiet. Otherwise Terminal when \a err is a terminal and
    /// either \a out is not (the output goes to a file or a pipe) or the
    /// progress is \a forced; Lines when forced onto something else; Off when
    /// not forced and there is no terminal to redraw on, or when the output
    /// itself is printed on the terminal (the line would cut through it).
    static Mode modeFor(QIODevice &err, QIODevice &out, bool forced, bool quiet);

    /// True when \a device is a file device open on a terminal.
    static bool isTerminal(QIODevice &device);

    ProgressLine(QIODevice &err, QString prefix, Mode mode);
    ~ProgressLine();

    Mode mode() const { return m_mode; }

    /// Shows \a stage at \a percent (0..100); nothing when nothing changed.
    void show(const QString &stage, int percent);
    /// Takes the line off a terminal before another message or at the end.
    void clear();

private:
    QIODevice &m_err;
    QString m_prefix;
    Mode m_mode;
    QString m_stage;
    int m_percent = -1;
    bool m_drawn = false;
};

} // namespace Marsad::Cli

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

    /// Off when \a quiet; Lines or Terminal when \a forced; otherwise
    /// Terminal when \a err is a terminal, else Off.
    static Mode modeFor(QIODevice &err, bool forced, bool quiet);

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

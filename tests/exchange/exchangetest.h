// Helpers of the export tests: an independent RFC 4180 reader (so the writer
// is not checked against itself) and Python, when installed.
#pragma once

#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace Marsad::Tests {

/// Parses RFC 4180 text (CRLF records, quoted fields); false on a malformed input.
inline bool parseCsv(const QString &text, QList<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool closed = false; // just after a quoted field's closing quote
    auto endField = [&] {
        record.append(field);
        field.clear();
        closed = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else {
                quoted = false;
                closed = true;
            }
        } else if (c == u',') {
            endField();
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false; // a bare CR outside quotes
            endField();
            records->append(record);
            record.clear();
            ++i;
        } else if (closed || c == u'\n') {
            return false; // text after a closing quote, or a bare LF
        } else if (c == u'"') {
            if (!field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    if (!field.isEmpty() || !record.isEmpty() || closed) {
        endField();
        records->append(record);
    }
    return true;
}

struct PythonRun
{
    bool available = false;
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs python3 -c \a script with \a arguments; available is false without python3.
inline PythonRun runPython(const QString &script, const QStringList &arguments)
{
    PythonRun run;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return run;
    run.available = true;
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script} + arguments);
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Marsad::Tests

// Problems found while reading or analysing input, carried as values.
//
// Bad input never stops a batch: each loader returns what it could read plus a
// list of Issues, and the front end decides how to show them (stderr and exit
// code in the CLI, a dock in the GUI).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Marsad {

struct Issue
{
    enum class Severity
    {
        Warning, ///< Something was repaired or guessed; the data is usable.
        Error,   ///< The file (or item) could not be used at all.
    };

    Severity severity = Severity::Error;
    QString file;         ///< Path of the file concerned (may be empty).
    QString message;      ///< Translated, human-readable reason.
    qsizetype start = -1; ///< Offset into the decoded text (UTF-16), or -1.
    qsizetype end = -1;

    static Issue error(const QString &file, const QString &message);
    static Issue warning(const QString &file, const QString &message);

    bool isError() const { return severity == Severity::Error; }
    /// "error" or "warning": the stable spelling used in JSON output.
    QString severityName() const;
};

using Issues = QList<Issue>;

/// True when any issue in the list is an error.
bool hasError(const Issues &issues);

} // namespace Marsad

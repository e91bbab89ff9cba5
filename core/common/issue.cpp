#include "issue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad {

Issue Issue::error(const QString &file, const QString &message)
{
    Issue issue;
    issue.severity = Severity::Error;
    issue.file = file;
    issue.message = message;
    return issue;
}

Issue Issue::warning(const QString &file, const QString &message)
{
    Issue issue;
    issue.severity = Severity::Warning;
    issue.file = file;
    issue.message = message;
    return issue;
}

QString Issue::severityName() const
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

bool hasError(const Issues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

} // namespace Marsad

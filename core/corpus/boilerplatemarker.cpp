#include "boilerplatemarker.h"

#include "arabicfolder.h"
#include "logging.h"
#include "textlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

// Patterns are written in ordinary Arabic; fold their Arabic letters the way
// lines are folded, but leave ASCII alone (\S must not become \s).
QString foldPattern(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size());
    for (const QChar c : pattern) {
        if (c.unicode() < 0x80)
            out.append(c);
        else
            out.append(Text::ArabicFolder::foldString(QStringView(&c, 1)));
    }
    return out;
}

struct Line
{
    TextSpan span; ///< Trimmed.
    QString folded;
    int words = 0;
    bool endsSentence = false;
    QString kind; ///< Boilerplate kind once decided.
};

bool isSentenceEnd(QChar c)
{
    static const QString enders = u".!?؟…:\"'»”)"_s;
    return enders.contains(c);
}

// Space-separated words, counted without building the list (a 30 MB line).
int wordCount(const QString &folded)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : folded) {
        const bool space = c == u' ';
        words += !space && !inWord;
        inWord = !space;
    }
    return int(std::min<qsizetype>(words, std::numeric_limits<int>::max()));
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    for (const TextSpan &span : trimmedLines(text)) {
        Line line;
        line.span = span;
        line.folded =
            Text::ArabicFolder::foldString(QStringView(text).sliced(span.start, span.length()));
        line.words = wordCount(line.folded);
        line.endsSentence = isSentenceEnd(text.at(span.end - 1));
        lines.append(line);
    }
    return lines;
}

bool isBullet(const Line &line)
{
    static const QString bullets = u"-•*·▪–—◦"_s;
    return line.folded.size() > 2 && bullets.contains(line.folded.at(0)) &&
           line.folded.at(1) == u' ';
}

// A timestamp alone on a line: ISO 8601 dates and date-times.
bool isTimestampLine(const QString &folded)
{
    static const QRegularExpression iso(
        u"^\\d{4}-\\d{2}-\\d{2}([t ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    return iso.match(folded).hasMatch();
}

// Short headline-like lines: a related-articles list.
bool isHeadlineLike(const Line &line)
{
    return line.words >= 2 && line.words <= 16 && !line.endsSentence;
}

} // namespace

BoilerplateRules BoilerplateRules::fromJson(const QByteArray &json, QString *error)
{
    BoilerplateRules rules;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return rules;
    }
    for (const QJsonValue &value : doc.object().value(u"rules"_s).toArray()) {
        const QJsonObject o = value.toObject();
        QRegularExpression re(foldPattern(o.value(u"pattern"_s).toString()),
                              QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            if (error)
                *error = re.errorString() + u": "_s + re.pattern();
            continue;
        }
        re.optimize();
        rules.m_rules.append({o.value(u"kind"_s).toString(), std::move(re)});
    }
    return rules;
}

const BoilerplateRules &BoilerplateRules::bundled()
{
    static const BoilerplateRules rules = [] {
        QFile file(u":/boilerplate.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCorpus) << "boilerplate rules not found; using general rules only";
            return BoilerplateRules();
        }
        QString error;
        BoilerplateRules r = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcCorpus) << "boilerplate rules:" << error;
        return r;
    }();
    return rules;
}

QString BoilerplateRules::match(const QString &foldedLine) const
{
    // PCRE checks the whole subject for valid UTF-16 before every match: once
    // per rule, that is a dozen passes over a line that may be megabytes
    // long. Check once here instead.
    const auto options = foldedLine.isValidUtf16()
                             ? QRegularExpression::DontCheckSubjectStringMatchOption
                             : QRegularExpression::NoMatchOption;
    for (const Rule &rule : m_rules) {
        if (rule.pattern.match(foldedLine, 0, QRegularExpression::NormalMatch, options).hasMatch())
            return rule.kind;
    }
    return {};
}

BoilerplateMarker::BoilerplateMarker(const BoilerplateRules &rules) : m_rules(rules)
{}

QList<Boilerplate> BoilerplateMarker::mark(const QString &text) const
{
    QList<Line> lines = splitLines(text);

    // 1. Site furniture from the rules, and timestamp lines.
    for (Line &line : lines) {
        if (isTimestampLine(line.folded))
            line.kind = u"dateline"_s;
        else
            line.kind = m_rules.match(line.folded);
    }

    // 2. Tag lists: a run of two or more short bulleted lines.
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j < lines.size() && isBullet(lines[j]) && lines[j].words <= 9 &&
               !lines[j].folded.endsWith(u'.'))
            ++j;
        if (j - i >= 2) {
            for (qsizetype k = i; k < j; ++k) {
                if (lines[k].kind.isEmpty())
                    lines[k].kind = u"tags"_s;
            }
        }
        i = std::max(j, i + 1);
    }

    // 3. A line that repeats an earlier one verbatim (a title printed twice).
    QSet<QString> seen;
    for (Line &line : lines) {
        if (seen.contains(line.folded) && line.kind.isEmpty())
            line.kind = u"repeated"_s;
        seen.insert(line.folded);
    }

    // 4. Headlines after a "related" heading, and a tail of two or more
    // headline-like lines after the last sentence of the body.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != u"related"_s && lines[i].kind != u"read-more"_s)
            continue;
        qsizetype j = i + 1;
        for (; j < lines.size() && isHeadlineLike(lines[j]); ++j) {
            if (lines[j].kind.isEmpty())
                lines[j].kind = u"related"_s;
        }
        // A heading inside this run would mark the same lines again: go on
        // from where the run stopped (restarting made a page of headings
        // quadratic).
        i = std::max(i, j - 1);
    }
    qsizetype tailStart = lines.size();
    qsizetype headlines = 0;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!lines[i].kind.isEmpty())
            continue;
        if (!isHeadlineLike(lines[i]))
            break;
        tailStart = i;
        ++headlines;
    }
    // Only where the body before it ends its sentences with punctuation: an
    // outlet that writes no full stops would otherwise lose its last lines.
    qsizetype bodyEnd = tailStart - 1;
    while (bodyEnd >= 0 && !lines[bodyEnd].kind.isEmpty())
        --bodyEnd;
    if (headlines >= 2 && bodyEnd >= 0 && lines[bodyEnd].endsSentence) {
        for (qsizetype i = tailStart; i < lines.size(); ++i) {
            if (lines[i].kind.isEmpty())
                lines[i].kind = u"related"_s;
        }
    }

    QList<Boilerplate> marked;
    for (const Line &line : lines) {
        if (!line.kind.isEmpty()) {
            Boilerplate b;
            b.start = line.span.start;
            b.end = line.span.end;
            b.kind = line.kind;
            marked.append(b);
        }
    }
    return marked;
}

} // namespace Marsad::Corpus

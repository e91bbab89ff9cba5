#include "mentiontable.h"

#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Marsad::Exchange {

QStringList MentionTable::header()
{
    return {u"article_file"_s, u"entity_id"_s, u"type"_s,       u"surface"_s,    u"start"_s,
            u"end"_s,          u"candidate"_s, u"confidence"_s, u"boilerplate"_s};
}

void MentionTable::write(const Index::CorpusIndex &index, const Selection &selection,
                         CsvWriter &csv)
{
    csv.writeRow(header());
    auto flag = [](bool value) {
        return value ? u"true"_s : u"false"_s;
    };
    for (const qsizetype row : selection.rows) {
        if (!csv.ok())
            return;
        const Analysis::AnalyzedArticle &a = index.article(row);
        const CodePointOffsets offsets(a.article.text);
        for (const Mention &m : a.mentions) {
            csv.writeRow({a.article.file, m.entityId, entityTypeName(m.type), m.surface,
                          QString::number(offsets.toCodePoint(m.span.start)),
                          QString::number(offsets.toCodePoint(m.span.end)), flag(m.candidate),
                          QString::number(m.confidence, 'f', 2),
                          flag(a.article.isBoilerplate(m.span))});
        }
    }
}

} // namespace Marsad::Exchange

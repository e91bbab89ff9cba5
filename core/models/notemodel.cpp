#include "notemodel.h"

#include "anchor.h"
#include "roles.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Models {

using Analyst::Note;
using Analyst::NoteTarget;

namespace {

QString fileKey(const QString &file, int indexInFile)
{
    return file + u'#' + QString::number(indexInFile);
}

} // namespace

NoteModel::NoteModel(QObject *parent) : QAbstractTableModel(parent)
{}

void NoteModel::setNotes(QList<Note> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    resolveRows();
    endResetModel();
}

void NoteModel::setIndex(std::shared_ptr<const Index::CorpusIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_rowByFile.clear();
    m_rowByKey.clear();
    m_keysBuilt = false;
    if (m_index) {
        for (qsizetype row = 0; row < m_index->size(); ++row) {
            const Corpus::Article &a = m_index->article(row).article;
            m_rowByFile.insert(fileKey(a.file, a.indexInFile), row);
        }
    }
    resolveRows();
    endResetModel();
}

void NoteModel::resolveRows()
{
    m_rows.clear();
    m_rows.reserve(m_notes.size());
    for (const Note &note : std::as_const(m_notes))
        m_rows.append(articleRow(note.anchor));
}

qsizetype NoteModel::articleRow(const Analyst::Anchor &anchor) const
{
    if (!m_index)
        return -1;
    // The file and position first: one hash to check, not the corpus's.
    const qsizetype byFile = m_rowByFile.value(fileKey(anchor.file, anchor.indexInFile), -1);
    if (byFile >= 0 &&
        (anchor.articleKey.isEmpty() ||
         Analyst::articleKeyOf(m_index->article(byFile).article) == anchor.articleKey))
        return byFile;
    if (!anchor.articleKey.isEmpty()) {
        if (!m_keysBuilt) {
            for (qsizetype row = 0; row < m_index->size(); ++row)
                m_rowByKey.insert(Analyst::articleKeyOf(m_index->article(row).article), row);
            m_keysBuilt = true;
        }
        const qsizetype byKey = m_rowByKey.value(anchor.articleKey, -1);
        if (byKey >= 0)
            return byKey;
    }
    // The text is nowhere as it was: the file was edited. Its article is
    // still the one at the same place; the span re-anchors by its context.
    return byFile;
}

TextSpan NoteModel::resolvedSpan(const Analyst::Anchor &anchor, qsizetype row) const
{
    if (anchor.isArticle() || !m_index || row < 0 || row >= m_index->size())
        return {};
    // The same re-anchoring as the corrections' (core/analyst/anchor.h).
    const QString &text = m_index->article(row).article.text;
    const bool sameText = !anchor.articleKey.isEmpty() &&
                          Analyst::articleKeyOf(m_index->article(row).article) == anchor.articleKey;
    return Analyst::AnchorIndex::findSpan(anchor, text, sameText).span;
}

QStringList NoteModel::allTags() const
{
    QStringList tags;
    for (const Note &note : m_notes)
        tags += note.tags;
    tags.sort(Qt::CaseInsensitive);
    tags.removeDuplicates();
    return tags;
}

int NoteModel::rowOf(const QString &uid) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).uid == uid)
            return row;
    }
    return -1;
}

bool NoteModel::matches(const QString &filterText, const QString &haystack, const QStringList &tags)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList words = filterText.split(spaces, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(u'#')) {
            const QString tag = word.mid(1);
            if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
                return false;
        } else if (!haystack.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

QString NoteModel::titleOf(int noteRow) const
{
    const qsizetype row = m_rows.at(noteRow);
    if (row >= 0)
        return m_index->article(row).article.displayTitle();
    // Not in the open corpus: its file's name, as last seen.
    const QString file = QFileInfo(m_notes.at(noteRow).anchor.file).fileName();
    return file.isEmpty() ? tr("(an article not open)") : file;
}

QString NoteModel::targetName(NoteTarget target) const
{
    switch (target) {
    case NoteTarget::Article:
        return tr("Article");
    case NoteTarget::Event:
        return tr("Event");
    case NoteTarget::Span:
        return tr("Passage");
    }
    return {};
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ArticleColumn:
            return titleOf(index.row());
        case TargetColumn:
            return targetName(note.target);
        case TextColumn:
            if (role == Qt::DisplayRole && note.text.isEmpty() && !note.anchor.isArticle())
                return note.anchor.surface.simplified();
            return role == Qt::DisplayRole ? note.text.simplified() : note.text;
        case TagsColumn: {
            QStringList hashed;
            for (const QString &tag : note.tags)
                hashed.append(u'#' + tag);
            return hashed.join(u' ');
        }
        case BookmarkColumn:
            return note.bookmark ? u"★"_s : QString();
        case ModifiedColumn:
            return QLocale().toString(note.modified.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ArticleColumn:
            return titleOf(index.row());
        case TargetColumn:
            return int(note.target);
        case TextColumn:
            return note.text;
        case TagsColumn:
            return note.tags.join(u' ');
        case BookmarkColumn:
            return note.bookmark;
        case ModifiedColumn:
            return note.modified;
        }
        return {};
    case ArticleIndexRole:
        return qlonglong(m_rows.at(index.row()));
    case SpanStartRole:
    case SpanEndRole: {
        const TextSpan span = resolvedSpan(note.anchor, m_rows.at(index.row()));
        return qlonglong(role == SpanStartRole ? span.start : span.end);
    }
    case FilePathRole:
        return note.anchor.file;
    case NoteUidRole:
        return note.uid;
    case NoteTargetRole:
        return int(note.target);
    case TagsRole:
        return note.tags;
    case BookmarkRole:
        return note.bookmark;
    case ModifiedRole:
        return note.modified;
    case FilterTextRole:
        return QStringList{titleOf(index.row()), note.text, note.tags.join(u' '),
                           note.anchor.surface}
            .join(u'\n');
    }
    return {};
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == BookmarkColumn && role == Qt::DisplayRole)
        return u"★"_s;
    if (role != Qt::DisplayRole && !(section == BookmarkColumn && role == Qt::ToolTipRole))
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case TargetColumn:
        return tr("On");
    case TextColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case BookmarkColumn:
        return tr("Bookmark");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

} // namespace Marsad::Models

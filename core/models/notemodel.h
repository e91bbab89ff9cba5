// The analyst's notes, tags and bookmarks as a list for the Notes dock: one
// row per note, with its article's title found in the open corpus.
//
// An anchor names its article by the hash of its text (DESIGN.md: the file may
// move); the model finds the article by file and position first and checks
// the hash, then by hash alone over the corpus (computed once per corpus).
#pragma once

#include "analystdata.h"
#include "corpusindex.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Marsad::Models {

class NoteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteModel)
public:
    enum Column
    {
        BookmarkColumn, ///< "★" for a bookmark: narrow, first.
        ArticleColumn,
        TextColumn,
        TagsColumn,
        TargetColumn,
        ModifiedColumn,
        ColumnCount
    };

    /// The roles of this model beyond roles.h (SortRole, ArticleIndexRole,
    /// SpanStartRole and SpanEndRole are answered too). Kept here, apart from
    /// roles.h, since no other model has notes.
    enum NoteRole : int
    {
        NoteUidRole = Qt::UserRole + 200, ///< QString: the note's uid.
        NoteTargetRole,                   ///< int: Analyst::NoteTarget.
        TagsRole,                         ///< QStringList: the note's tags.
        BookmarkRole,                     ///< bool: a bookmark.
        ModifiedRole,                     ///< QDateTime: last written (UTC).
        FilterTextRole                    ///< QString: title, text, tags and surface, lower case.
    };

    explicit NoteModel(QObject *parent = nullptr);

    /// The notes to list (not deleted), in the order given.
    void setNotes(QList<Analyst::Note> notes);
    const QList<Analyst::Note> &notes() const { return m_notes; }
    /// The open corpus, for titles and for finding the notes' articles.
    void setIndex(std::shared_ptr<const Index::CorpusIndex> index);

    /// Corpus row of the article \a anchor is attached to; -1 when it is not
    /// in the open corpus.
    qsizetype articleRow(const Analyst::Anchor &anchor) const;
    /// Where \a anchor's span is in its article now: the same offsets when the
    /// surface still stands there, else the nearest occurrence with the same
    /// context; an invalid span when it cannot be found (or is the article).
    TextSpan resolvedSpan(const Analyst::Anchor &anchor, qsizetype row) const;

    /// Every tag of the notes, sorted, without duplicates.
    QStringList allTags() const;
    /// Row of the note with \a uid, or -1.
    int rowOf(const QString &uid) const;

    /// True when \a note passes the filter \a text: each word starting with '#'
    /// must be a tag of the note (case-insensitively), each other word must
    /// occur in its title, text, tags or surface.
    static bool matches(const QString &filterText, const QString &haystack,
                        const QStringList &tags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString titleOf(int noteRow) const;
    QString targetName(Analyst::NoteTarget target) const;

    void resolveRows();

    QList<Analyst::Note> m_notes;
    QList<qsizetype> m_rows; ///< Corpus row of each note's article (-1: not open).
    std::shared_ptr<const Index::CorpusIndex> m_index;
    QHash<QString, qsizetype> m_rowByFile;           ///< "file#index" -> row, per corpus.
    mutable QHash<QByteArray, qsizetype> m_rowByKey; ///< Hashed on the first miss only.
    mutable bool m_keysBuilt = false;
};

} // namespace Marsad::Models

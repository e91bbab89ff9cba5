// The dialog that writes or edits a note: its text, its tags (comma
// separated, completed from the tags already used) and whether it is a
// bookmark. It edits a Note value; the caller stores it.
#pragma once

#include "analystdata.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Marsad::Widgets {

class NoteDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a knownTags feed the tag completion; \a place says what the note is
    /// attached to ("Passage in “…”").
    NoteDialog(const Analyst::Note &note, const QString &place, const QStringList &knownTags,
               QWidget *parent = nullptr);

    /// The note with the dialog's text, tags and bookmark.
    Analyst::Note note() const;

    /// "a, b ,, c" -> {"a", "b", "c"}: trimmed, a leading '#' dropped, no duplicates.
    static QStringList parseTags(const QString &text);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QCheckBox *bookmarkBox() const { return m_bookmark; }

private:
    Analyst::Note m_note;
    QPlainTextEdit *m_text;
    QLineEdit *m_tags;
    QCheckBox *m_bookmark;
};

} // namespace Marsad::Widgets

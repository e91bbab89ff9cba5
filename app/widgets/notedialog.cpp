#include "notedialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

namespace {

/// Completes the tag being typed, the one after the last comma, and keeps
/// the tags before it.
class TagCompleter final : public QCompleter
{
public:
    TagCompleter(const QStringList &tags, QLineEdit *edit) : QCompleter(tags, edit), m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setCompletionMode(QCompleter::PopupCompletion);
        setWidget(edit);
        QObject::connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString current = text.mid(text.lastIndexOf(u',') + 1).trimmed();
            if (current.isEmpty()) {
                popup()->hide();
                return;
            }
            setCompletionPrefix(current.startsWith(u'#') ? current.mid(1) : current);
            complete();
        });
        QObject::connect(this, qOverload<const QString &>(&QCompleter::activated), this,
                         [this](const QString &tag) {
                             const QString text = m_edit->text();
                             const qsizetype comma = text.lastIndexOf(u',');
                             const QString kept = comma < 0 ? QString() : text.left(comma + 1);
                             m_edit->setText(kept + (kept.isEmpty() ? u""_s : u" "_s) + tag +
                                             u", "_s);
                         });
    }

private:
    QLineEdit *m_edit;
};

} // namespace

NoteDialog::NoteDialog(const Analyst::Note &note, const QString &place,
                       const QStringList &knownTags, QWidget *parent)
    : QDialog(parent), m_note(note), m_text(new QPlainTextEdit), m_tags(new QLineEdit),
      m_bookmark(new QCheckBox(tr("&Bookmark")))
{
    setObjectName(u"noteDialog"_s);
    setWindowTitle(note.uid.isEmpty() ? tr("Add a Note") : tr("Edit the Note"));
    m_text->setObjectName(u"noteText"_s);
    m_text->setPlainText(note.text);
    m_text->setTabChangesFocus(true);
    m_tags->setObjectName(u"noteTags"_s);
    m_tags->setText(note.tags.join(u", "_s));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. shelling, to check"));
    new TagCompleter(knownTags, m_tags);
    m_bookmark->setObjectName(u"noteBookmark"_s);
    m_bookmark->setChecked(note.bookmark);

    auto *where = new QLabel(place);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("On:"), where);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_bookmark);
    form->addRow(buttons);
    resize(480, 320);
}

QStringList NoteDialog::parseTags(const QString &text)
{
    QStringList tags;
    for (QString tag : text.split(u',', Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(u'#'))
            tag = tag.mid(1).trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

Analyst::Note NoteDialog::note() const
{
    Analyst::Note note = m_note;
    note.text = m_text->toPlainText().trimmed();
    note.tags = parseTags(m_tags->text());
    note.bookmark = m_bookmark->isChecked();
    return note;
}

} // namespace Marsad::Widgets

#include "correctiondatedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

CorrectionDateDialog::CorrectionDateDialog(const QString &current, QDate start, QDate end,
                                           QWidget *parent)
    : QDialog(parent), m_start(new QDateEdit), m_end(new QDateEdit),
      m_range(new QCheckBox(tr("A &range of days"))), m_note(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"correctionDateDialog"_s);
    setWindowTitle(tr("Set Publication Date"));
    const QDate first = start.isValid() ? start : QDate::currentDate();
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_start->setObjectName(u"dateStart"_s);
    m_end->setObjectName(u"dateEnd"_s);
    m_range->setObjectName(u"dateRange"_s);
    m_note->setObjectName(u"dateNote"_s);
    m_start->setDate(first);
    m_end->setDate(end.isValid() && end > first ? end : first);
    m_range->setChecked(end.isValid() && end > first);
    m_end->setEnabled(m_range->isChecked());
    m_note->setPlaceholderText(tr("Why this date (required): a source, a cue in the text…"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *currentLabel = new QLabel(current);
    currentLabel->setObjectName(u"currentDate"_s);
    currentLabel->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Now:"), currentLabel);
    form->addRow(tr("&Day:"), m_start);
    form->addRow(QString(), m_range);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Why:"), m_note);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_range, &QCheckBox::toggled, this, [this](bool on) {
        m_end->setEnabled(on);
        updateOk();
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_end->date() < d)
            m_end->setDate(d);
        updateOk();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &CorrectionDateDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CorrectionDateDialog::updateOk);
    updateOk();
}

QDate CorrectionDateDialog::start() const
{
    return m_start->date();
}

QDate CorrectionDateDialog::end() const
{
    return m_range->isChecked() ? m_end->date() : m_start->date();
}

QString CorrectionDateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CorrectionDateDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty() && end() >= start());
}

} // namespace Marsad::Widgets

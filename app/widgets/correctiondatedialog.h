// "Set Publication Date…": the analyst gives an article's date, one day or a
// range, and says why (the note is required: a date without a reason cannot
// be checked later). Shows the date the analysis found and its basis.
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace Marsad::Widgets {

class CorrectionDateDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a current: the date shown now in words, with its basis ("from the dateline").
    CorrectionDateDialog(const QString &current, QDate start, QDate end, QWidget *parent = nullptr);

    QDate start() const;
    QDate end() const; ///< = start() for one day.
    QString note() const;

    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QCheckBox *rangeCheck() const { return m_range; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateOk();

    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_range;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Marsad::Widgets

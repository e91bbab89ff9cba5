// "Make New Entity…": a candidate the analysis proposed becomes an entity of
// the analyst's, found in every article. The id is proposed from the English
// name and kept unique; coordinates can be typed or picked on the map.
#pragma once

#include "analystdata.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

namespace Marsad::Widgets {

class CorrectionEntityDialog final : public QDialog
{
    Q_OBJECT
public:
    /// True when an id is in use (the gazetteer's and the analyst's entities).
    using IdTaken = std::function<bool(const QString &id)>;
    CorrectionEntityDialog(const QString &surface, EntityType type, IdTaken taken,
                           QWidget *parent = nullptr);

    Analyst::AnalystEntity entity() const;

    /// "x-" and the English name as a slug, made unique with a number.
    static QString proposeId(const QString &english, const IdTaken &taken);

    /// Fills the coordinates (a pick on the map).
    void setCoordinates(double lat, double lon);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *arabicEdit() const { return m_ar; }
    QLineEdit *englishEdit() const { return m_en; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QDoubleSpinBox *latitude() const { return m_lat; }
    QDoubleSpinBox *longitude() const { return m_lon; }
    QPushButton *pickButton() const { return m_pick; }

Q_SIGNALS:
    /// "Pick on Map" was pressed: the next click on the map gives the coordinates.
    void pickRequested();

private:
    void updateOk();

    IdTaken m_taken;
    QLineEdit *m_id;
    QLineEdit *m_ar;
    QLineEdit *m_en;
    QComboBox *m_type;
    QLineEdit *m_aliases;
    QCheckBox *m_located;
    QDoubleSpinBox *m_lat;
    QDoubleSpinBox *m_lon;
    QPushButton *m_pick;
    QDialogButtonBox *m_buttons;
    bool m_idEdited = false; ///< The analyst typed an id: stop proposing one.
};

} // namespace Marsad::Widgets

#include "correctionentitydialog.h"

#include "entitystyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

CorrectionEntityDialog::CorrectionEntityDialog(const QString &surface, EntityType type,
                                               IdTaken taken, QWidget *parent)
    : QDialog(parent), m_taken(std::move(taken)), m_id(new QLineEdit), m_ar(new QLineEdit),
      m_en(new QLineEdit), m_type(new QComboBox), m_aliases(new QLineEdit),
      m_located(new QCheckBox(tr("&On the map"))), m_lat(new QDoubleSpinBox),
      m_lon(new QDoubleSpinBox), m_pick(new QPushButton(tr("&Pick on Map"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"correctionEntityDialog"_s);
    setWindowTitle(tr("New Entity"));
    m_id->setObjectName(u"entityId"_s);
    m_ar->setObjectName(u"entityArabic"_s);
    m_en->setObjectName(u"entityEnglish"_s);
    m_type->setObjectName(u"entityType"_s);
    m_aliases->setObjectName(u"entityAliases"_s);
    m_lat->setObjectName(u"entityLatitude"_s);
    m_lon->setObjectName(u"entityLongitude"_s);
    m_pick->setObjectName(u"pickOnMap"_s);
    m_located->setObjectName(u"entityLocated"_s);
    m_ar->setText(surface);
    m_ar->setLayoutDirection(Qt::RightToLeft);
    m_aliases->setLayoutDirection(Qt::RightToLeft);
    m_aliases->setPlaceholderText(tr("Other spellings, separated by commas"));
    for (const EntityType t : {EntityType::Person, EntityType::Place, EntityType::Organization})
        m_type->addItem(EntityStyle::label(highlightKind(t)), int(t));
    m_type->setCurrentIndex(m_type->findData(int(type)));
    m_lat->setRange(-90.0, 90.0);
    m_lon->setRange(-180.0, 180.0);
    for (QDoubleSpinBox *spin : {m_lat, m_lon}) {
        spin->setDecimals(4);
        spin->setSingleStep(0.01);
    }
    m_id->setText(proposeId({}, m_taken));

    auto *coordinates = new QHBoxLayout;
    coordinates->addWidget(m_located);
    coordinates->addWidget(m_lat);
    coordinates->addWidget(m_lon);
    coordinates->addWidget(m_pick);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Arabic name:"), m_ar);
    form->addRow(tr("&English name:"), m_en);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("A&liases:"), m_aliases);
    form->addRow(tr("Latitude, longitude:"), coordinates);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_en, &QLineEdit::textChanged, this, [this](const QString &english) {
        if (!m_idEdited)
            m_id->setText(proposeId(english, m_taken));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    for (QLineEdit *edit : {m_id, m_ar})
        connect(edit, &QLineEdit::textChanged, this, &CorrectionEntityDialog::updateOk);
    auto located = [this](bool on) {
        m_lat->setEnabled(on);
        m_lon->setEnabled(on);
    };
    connect(m_located, &QCheckBox::toggled, this, located);
    located(false);
    connect(m_pick, &QPushButton::clicked, this, &CorrectionEntityDialog::pickRequested);
    updateOk();
}

QString CorrectionEntityDialog::proposeId(const QString &english, const IdTaken &taken)
{
    static const QRegularExpression notSlug(u"[^a-z0-9]+"_s);
    QString slug = english.toLower().replace(notSlug, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString base = u"x-"_s + (slug.isEmpty() ? u"entity"_s : slug);
    QString id = base;
    for (int n = 2; taken && taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void CorrectionEntityDialog::setCoordinates(double lat, double lon)
{
    m_located->setChecked(true);
    m_lat->setValue(lat);
    m_lon->setValue(lon);
}

Analyst::AnalystEntity CorrectionEntityDialog::entity() const
{
    Analyst::AnalystEntity e;
    e.id = m_id->text().trimmed();
    e.type = EntityType(m_type->currentData().toInt());
    e.ar = m_ar->text().trimmed();
    e.en = m_en->text().trimmed();
    static const QRegularExpression separators(u"[,،]"_s);
    for (const QString &alias : m_aliases->text().split(separators, Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            e.aliases.append(alias.trimmed());
    }
    e.hasCoordinates = m_located->isChecked();
    if (e.hasCoordinates) {
        e.lat = m_lat->value();
        e.lon = m_lon->value();
    }
    return e;
}

void CorrectionEntityDialog::updateOk()
{
    const QString id = m_id->text().trimmed();
    const bool ok = !id.isEmpty() && !m_ar->text().trimmed().isEmpty() && !(m_taken && m_taken(id));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Marsad::Widgets

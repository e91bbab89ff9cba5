#include "entitypicker.h"

#include "arabicfolder.h"
#include "entitystyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

EntityChoices::EntityChoices(const Entities::Gazetteer *gazetteer,
                             const QList<Analyst::Correction> &corrections)
{
    if (gazetteer) {
        for (const Entities::Entity &e : gazetteer->entities()) {
            Choice c{e.id, e.type, e.ar, e.en, {}, {}};
            c.folded.append(Text::ArabicFolder::foldString(e.ar));
            for (const QString &alias : e.aliases)
                c.folded.append(Text::ArabicFolder::foldString(alias));
            add(std::move(c));
        }
    }
    for (const Analyst::Correction &correction : corrections) {
        if (correction.kind != Analyst::CorrectionKind::NewEntity)
            continue;
        const Analyst::AnalystEntity &e = correction.entity;
        Choice c{e.id, e.type, e.ar, e.en, {}, {}};
        c.folded.append(Text::ArabicFolder::foldString(e.ar));
        for (const QString &alias : e.aliases)
            c.folded.append(Text::ArabicFolder::foldString(alias));
        add(std::move(c));
    }
}

void EntityChoices::add(Choice choice)
{
    choice.english = choice.en.toLower();
    choice.folded.removeAll(QString());
    m_choices.append(std::move(choice));
}

const EntityChoices::Choice *EntityChoices::find(const QString &id) const
{
    for (const Choice &c : m_choices) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<qsizetype> EntityChoices::search(const QString &query, std::optional<EntityType> type,
                                       qsizetype limit) const
{
    const QString folded = Text::ArabicFolder::foldString(query.trimmed());
    const QString lower = query.trimmed().toLower();
    // Rank 0: a name is the query; 1: starts with it; 2: contains it.
    QList<qsizetype> ranked[3];
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        const Choice &c = m_choices.at(i);
        if (type && c.type != *type)
            continue;
        int rank = 3;
        if (lower.isEmpty()) {
            rank = 2;
        } else {
            auto consider = [&](const QString &name, const QString &q) {
                if (q.isEmpty() || name.isEmpty())
                    return;
                if (name == q)
                    rank = 0;
                else if (name.startsWith(q))
                    rank = std::min(rank, 1);
                else if (name.contains(q))
                    rank = std::min(rank, 2);
            };
            for (const QString &name : c.folded)
                consider(name, folded);
            consider(c.english, lower);
            consider(c.id, lower);
        }
        if (rank < 3)
            ranked[rank].append(i);
    }
    QList<qsizetype> result = ranked[0] + ranked[1] + ranked[2];
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

EntityPicker::EntityPicker(EntityChoices choices, const QString &title, QWidget *parent)
    : QDialog(parent), m_choices(std::move(choices)), m_edit(new QLineEdit), m_type(new QComboBox),
      m_list(new QListWidget)
{
    setObjectName(u"entityPicker"_s);
    setWindowTitle(title);
    m_edit->setObjectName(u"entityPickerSearch"_s);
    m_edit->setPlaceholderText(tr("Type a name in Arabic or English"));
    m_edit->setClearButtonEnabled(true);
    m_type->setObjectName(u"entityPickerType"_s);
    m_type->addItem(tr("All types"), -1);
    for (const EntityType t : {EntityType::Person, EntityType::Place, EntityType::Organization})
        m_type->addItem(EntityStyle::label(highlightKind(t)), int(t));
    m_list->setObjectName(u"entityPickerList"_s);
    m_list->setUniformItemSizes(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *label = new QLabel(tr("&Entity:"));
    label->setBuddy(m_edit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &EntityPicker::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityPicker::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, buttons->button(QDialogButtonBox::Ok),
            [this, buttons] {
                buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedId().isEmpty());
            });
    // Up and Down in the search field walk the list, so typing and choosing
    // never need the mouse.
    m_edit->installEventFilter(this);
    resize(460, 420);
    refresh();
}

void EntityPicker::refresh()
{
    const int typeData = m_type->currentData().toInt();
    std::optional<EntityType> type;
    if (typeData >= 0)
        type = EntityType(typeData);
    m_list->clear();
    for (const qsizetype i : m_choices.search(m_edit->text(), type)) {
        const EntityChoices::Choice &c = m_choices.choices().at(i);
        const QString typeName = EntityStyle::label(highlightKind(c.type));
        auto *item =
            new QListWidgetItem(c.en.isEmpty() ? u"%1 (%2)"_s.arg(c.ar, typeName)
                                               : u"%1 — %2 (%3)"_s.arg(c.ar, c.en, typeName));
        item->setData(Qt::UserRole, c.id);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

QString EntityPicker::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString EntityPicker::pick(QWidget *parent, const QString &title, EntityChoices choices,
                           const QString &initialText)
{
    EntityPicker picker(std::move(choices), title, parent);
    picker.searchEdit()->setText(initialText);
    picker.searchEdit()->selectAll();
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.selectedId();
}

} // namespace Marsad::Widgets

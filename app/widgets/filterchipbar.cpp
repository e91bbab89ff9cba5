#include "filterchipbar.h"

#include "filterstate.h"
#include "localeformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

FilterChipBar::FilterChipBar(Index::FilterState *filter, Describe describe, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_describe(std::move(describe)),
      m_layout(new QHBoxLayout(this))
{
    setObjectName(u"filterChipBar"_s);
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(6);
    connect(m_filter, &Index::FilterState::changed, this, &FilterChipBar::rebuild);
    rebuild();
}

QStringList FilterChipBar::chipLabels() const
{
    QStringList labels;
    for (const QToolButton *chip : m_chips)
        labels.append(chip->text());
    return labels;
}

void FilterChipBar::removeChip(int position)
{
    if (position < 0 || position >= m_removers.size())
        return;
    // A copy: the filter's change rebuilds the chips and their removers.
    const std::function<void()> remove = m_removers.at(position);
    remove();
}

void FilterChipBar::rebuild()
{
    for (QToolButton *chip : std::as_const(m_chips))
        chip->deleteLater();
    m_chips.clear();
    m_removers.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget() && !qobject_cast<QToolButton *>(item->widget()))
            item->widget()->deleteLater();
        delete item;
    }

    auto addChip = [this](const QString &text, const QString &tooltip,
                          std::function<void()> remove) {
        auto *chip = new QToolButton(this);
        chip->setText(text + u"  ✕"_s);
        chip->setToolTip(tooltip);
        chip->setAutoRaise(false);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const int position = int(m_chips.size());
        connect(chip, &QToolButton::clicked, this, [this, position] { removeChip(position); });
        m_layout->addWidget(chip);
        m_chips.append(chip);
        m_removers.append(std::move(remove));
    };

    const Index::Filter f = m_filter->filter();
    for (const QString &id : f.included) {
        addChip(m_describe(id), tr("Only articles that mention this (click to remove)"),
                [this, id] { m_filter->removeEntity(id); });
    }
    for (const QString &id : f.excluded) {
        addChip(u"⊘ "_s + m_describe(id), tr("Articles that mention this are hidden"),
                [this, id] { m_filter->removeEntity(id); });
    }
    if (f.hasDateRange()) {
        const QString from = f.from.isValid() ? I18n::LocaleFormat::shortDate(f.from) : u"…"_s;
        const QString to = f.to.isValid() ? I18n::LocaleFormat::shortDate(f.to) : u"…"_s;
        addChip(from + u" – "_s + to, tr("Publication date range"),
                [this] { m_filter->clearDateRange(); });
    }
    if (f.undatedOnly) {
        addChip(tr("Undated"), tr("Only articles no publication date was found for"),
                [this] { m_filter->setUndatedOnly(false); });
    }
    if (!f.query.trimmed().isEmpty()) {
        addChip(u"“"_s + f.query.trimmed() + u"”"_s, tr("Text search"),
                [this] { m_filter->setQuery(QString()); });
    }
    if (m_chips.isEmpty()) {
        auto *hint = new QLabel(tr("No filter: click an entity anywhere to filter every view."));
        hint->setEnabled(false);
        m_layout->addWidget(hint);
    }
    m_layout->addStretch(1);
}

} // namespace Marsad::Widgets

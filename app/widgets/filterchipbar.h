// The active filter as removable chips ("شوشة · 2 ✕"), read from and
// written to the shared FilterState.
#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QToolButton;

namespace Marsad::Index {
class FilterState;
}

namespace Marsad::Widgets {

class FilterChipBar final : public QWidget
{
    Q_OBJECT
public:
    /// \a describe gives a chip's label for an entity id (name and count).
    using Describe = std::function<QString(const QString &entityId)>;

    FilterChipBar(Index::FilterState *filter, Describe describe, QWidget *parent = nullptr);

    /// The chips' labels, in order (for tests and accessibility).
    QStringList chipLabels() const;
    /// Removes the chip at \a position (what its ✕ button does).
    void removeChip(int position);

private:
    void rebuild();

    Index::FilterState *m_filter;
    Describe m_describe;
    QHBoxLayout *m_layout;
    QList<QToolButton *> m_chips;
    QList<std::function<void()>> m_removers;
};

} // namespace Marsad::Widgets

#pragma once

#include <QStyledItemDelegate>

namespace coursedesk {

// A course in the course list: its name, then a progress bar with "5 of 12 lessons · 41.67 %", then whether it is
// available offline and its size on disk ("Available offline, 1.2 MB").
// Drawn with the style and the palette, so it follows the system theme (dark mode included).
class CourseListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace coursedesk

#pragma once

#include <QStyledItemDelegate>

namespace coursedesk {

// The outline's rows as the default delegate draws them, without a check box: a completed lesson is "checked" for
// assistive tools (OutlineModel gives Qt::CheckStateRole), while the eye sees its icon.
class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace coursedesk

#include "CourseListDelegate.h"

#include "CourseListModel.h"

#include "session/CourseSession.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace coursedesk {

namespace {

constexpr int margin = 6;
constexpr int spacing = 4;

int barHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

} // namespace

void CourseListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The row's background (selection, hover, focus) as the style draws it; the text is ours.
    const QString name = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QRect inner = option.rect.adjusted(margin, margin, -margin, -margin);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QPalette::ColorRole textRole =
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(bold);
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, textRole));
    const QRect nameRect(inner.left(), inner.top(), inner.width(), boldMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();

    const QRect below(inner.left(), nameRect.bottom() + spacing, inner.width(), barHeight(option.fontMetrics));
    // Whether the course is available offline, and its size on disk (issue 18), under the progress.
    const QRect offline(inner.left(), below.bottom() + spacing, inner.width(), option.fontMetrics.height());
    painter->save();
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, textRole));
    painter->drawText(offline, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(CourseListModel::OfflineTextRole).toString(),
                                                    Qt::ElideRight, offline.width()));
    painter->restore();
    if (index.data(CourseListModel::RoleRole).toInt() == int(Role::Instructor)) {
        painter->save();
        painter->setPen(option.palette.color(
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, textRole));
        painter->drawText(below, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(CourseListModel::ProgressTextRole).toString(),
                                                        Qt::ElideRight, below.width()));
        painter->restore();
        return;
    }
    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.rect = below;
    bar.minimum = 0;
    bar.maximum = 10000;
    bar.progress = index.data(CourseListModel::ProgressBasisPointsRole).toInt();
    bar.text = index.data(CourseListModel::ProgressTextRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize CourseListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = margin + QFontMetrics(bold).height() + spacing + barHeight(option.fontMetrics) + spacing +
                       option.fontMetrics.height() + margin;
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}

} // namespace coursedesk

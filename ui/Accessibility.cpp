#include "Accessibility.h"

#include <QAccessible>
#include <QLabel>
#include <QTreeView>

namespace coursedesk::Accessibility {

void textChanged(QWidget *label)
{
    if (!label)
        return;
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void announce(QWidget *label)
{
    if (!label)
        return;
    textChanged(label);
    const auto *text = qobject_cast<QLabel *>(label);
    if ((text && text->text().isEmpty()) || label->isHidden())
        return;
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void setStatusText(QLabel *label, const QString &text, bool urgent)
{
    if (label->text() == text)
        return;
    label->setText(text);
    if (urgent)
        announce(label);
    else
        textChanged(label);
}

void focusCurrentItem(QTreeView *view)
{
    QModelIndex current = view->currentIndex();
    if (!current.isValid() && view->model() && view->model()->rowCount() > 0) {
        current = view->model()->index(0, 0);
        view->setCurrentIndex(current);
    }
    view->setFocus(Qt::ShortcutFocusReason);
    if (!current.isValid())
        return;
    view->scrollTo(current);
    // The item's row among the rows shown (QAccessibleTree counts shown rows), its child index from the interface.
    int row = 0;
    for (QModelIndex above = view->indexAbove(current); above.isValid(); above = view->indexAbove(above))
        ++row;
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = tree ? tree->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(row, current.column()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent focus(view, QAccessible::Focus);
    focus.setChild(tree->indexOfChild(cell));
    QAccessible::updateAccessibility(&focus);
}

QString visibleText(const QString &buttonText)
{
    QString text;
    text.reserve(buttonText.size());
    for (qsizetype i = 0; i < buttonText.size(); ++i) {
        if (buttonText.at(i) == u'&' && i + 1 < buttonText.size()) {
            ++i; // "&&" is one '&'; "&x" is x
        }
        text.append(buttonText.at(i));
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace coursedesk::Accessibility

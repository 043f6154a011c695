#pragma once

// The window as a screen reader finds it, in process: the accessible tree under a window (QAccessible), its
// interactive nodes, and what each one says against what it shows.
#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

// The controls a user acts on: what must have a name.
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::Table:
        return true;
    default:
        return false;
    }
}

// Every node shown under `node` (hidden ones and theirs left out), depth first.
inline void walkShown(QAccessibleInterface *node, const std::function<void(QAccessibleInterface *)> &visit,
                      int depth = 0)
{
    if (!node || !node->isValid() || node->state().invisible || depth > 64)
        return;
    visit(node);
    for (int i = 0; i < node->childCount(); ++i)
        walkShown(node->child(i), visit, depth + 1);
}

// A button's or a menu item's text as shown: no mnemonic '&', no shortcut after a tab, no trailing "…".
inline QString shownText(QString text)
{
    text = text.section(u'\t', 0, 0);
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    if (shown.endsWith(QChar(0x2026)))
        shown.chop(1);
    return shown.trimmed();
}

// What a node shows on the screen as its label: a button's text, else the text of the label that is its buddy; a
// menu item's text. Empty when it shows none (an icon, a text field's content).
inline QString visibleLabel(QAccessibleInterface *node)
{
    if (auto *action = qobject_cast<QAction *>(node->object()))
        return shownText(action->text());
    auto *widget = qobject_cast<QWidget *>(node->object());
    if (!widget)
        return {};
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
        return shownText(button->text());
    if (widget->parentWidget()) {
        for (const QLabel *label : widget->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (label->buddy() == widget && (qobject_cast<QAbstractButton *>(widget)))
                return shownText(label->text());
        }
    }
    return {};
}

inline QString describeNode(QAccessibleInterface *node)
{
    const QObject *object = node->object();
    const QString type = object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s;
    const QString name = object ? object->objectName() : QString();
    return u"%1 \"%2\" (role %3, name \"%4\")"_s.arg(type, name)
        .arg(int(node->role()))
        .arg(node->text(QAccessible::Name));
}

// The interactive nodes shown under `root` that have no name, or a name that neither is nor starts with the text
// they show; a text with a tab (a shortcut in a menu item's name).
// `checked`: how many nodes were looked at (a walk that finds nothing must not pass).
inline QStringList namingProblems(QAccessibleInterface *root, int *checked = nullptr)
{
    QStringList problems;
    int count = 0;
    walkShown(root, [&problems, &count](QAccessibleInterface *node) {
        if (!isInteractive(node->role()))
            return;
        ++count;
        const QString name = node->text(QAccessible::Name);
        if (name.trimmed().isEmpty() && node->role() != QAccessible::MenuItem) {
            problems << u"no name: "_s + describeNode(node);
            return;
        }
        if (name.contains(u'\t'))
            problems << u"a tab in the name: "_s + describeNode(node);
        const QString shown = visibleLabel(node);
        if (!shown.isEmpty() && !name.startsWith(shown))
            problems << u"name contradicts \"%1\": "_s.arg(shown) + describeNode(node);
    });
    if (checked)
        *checked = count;
    return problems;
}

// The same, for the items of every menu under `window` (shown or not: a menu is hidden until it opens).
inline QStringList menuProblems(const QWidget *window)
{
    QStringList problems;
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(menu);
        for (int i = 0; node && i < node->childCount(); ++i) {
            QAccessibleInterface *item = node->child(i);
            auto *action = qobject_cast<QAction *>(item->object());
            if (!action || action->isSeparator())
                continue;
            const QString name = item->text(QAccessible::Name);
            if (name.trimmed().isEmpty() || name.contains(u'\t') || !name.startsWith(shownText(action->text())))
                problems << u"menu \"%1\": "_s.arg(shownText(menu->title())) + describeNode(item);
        }
    }
    return problems;
}

} // namespace coursedesk::test

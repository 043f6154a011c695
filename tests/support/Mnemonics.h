#pragma once

// Alt+letter must reach one control: the mnemonics ("&File", "Pass&word") that clash among what the user
// can reach at once. An empty list is the specification.
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace coursedesk::test {

// The mnemonic letter of a text ("" when it has none; "&&" is a literal ampersand).
inline QString mnemonicOf(const QString &text)
{
    const QString plain = QString(text).replace(QStringLiteral("&&"), QString());
    const qsizetype at = plain.indexOf(u'&');
    return at < 0 || at + 1 >= plain.size() ? QString() : plain.mid(at + 1, 1).toLower();
}

class MnemonicSet
{
public:
    void add(const QString &text)
    {
        const QString letter = mnemonicOf(text);
        if (letter.isEmpty())
            return;
        if (m_letters.contains(letter))
            m_clashes.append(QStringLiteral("'%1' in %2").arg(letter, text));
        m_letters.append(letter);
    }
    QStringList clashes() const { return m_clashes; }

private:
    QStringList m_letters;
    QStringList m_clashes;
};

// Adds the buttons, labels with a buddy and tabs visible in `root`.
inline void addVisible(MnemonicSet &set, const QWidget *root)
{
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            set.add(button->text());
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root))
            set.add(label->text());
    }
    for (const QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            set.add(tabs->tabText(i));
    }
}

// Among the buttons, labels with a buddy and tabs visible in `root`, and the titles of `bar` (which share
// the window's Alt+letter keys); each menu is its own scope: see menuClashes.
inline QStringList widgetClashes(const QWidget *root, const QMenuBar *bar = nullptr)
{
    MnemonicSet set;
    if (bar) {
        for (const QAction *action : bar->actions()) {
            if (action->isVisible())
                set.add(action->text());
        }
    }
    addVisible(set, root);
    return set.clashes();
}

// Among the visible entries of each of a menu bar's menus and submenus.
inline QStringList menuClashes(const QMenuBar *bar)
{
    QStringList clashes;
    const auto inMenu = [&clashes](const QMenu *menu, const auto &self) -> void {
        MnemonicSet entries;
        for (const QAction *action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            entries.add(action->text());
            if (action->menu())
                self(action->menu(), self);
        }
        for (const QString &clash : entries.clashes())
            clashes.append(menu->title() + QStringLiteral(": ") + clash);
    };
    for (const QAction *action : bar->actions()) {
        if (!action->isVisible())
            continue;
        if (action->menu())
            inMenu(action->menu(), inMenu);
    }
    return clashes;
}

} // namespace coursedesk::test

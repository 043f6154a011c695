#pragma once

#include <QMainWindow>

class QLabel;
class QPushButton;

namespace coursedesk {

// The first start, with no account yet: try the bundled sample course (no server), or add an account. A window like
// any other, with its menus: File (the same two choices, Preferences…, Quit) and Help (About).
class WelcomePage final : public QMainWindow
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *addAccountButton() const { return m_addAccount; }
    void setError(const QString &message); // a failed attempt, shown under the buttons

signals:
    void sampleRequested();
    void addAccountRequested();
    void preferencesRequested();

private:
    void buildMenus();
    void showAbout();

    QPushButton *m_sample;
    QPushButton *m_addAccount;
    QLabel *m_error;
};

} // namespace coursedesk

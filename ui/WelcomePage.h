#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace coursedesk {

// The first start, with no account yet: try the bundled sample course (no server), or add an account.
class WelcomePage final : public QWidget
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

private:
    QPushButton *m_sample;
    QPushButton *m_addAccount;
    QLabel *m_error;
};

} // namespace coursedesk

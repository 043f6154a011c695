#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace coursedesk {

// A lesson pane's page that says, instead of the lesson, why it cannot be shown: a large icon, a heading, the
// reason, an optional note and an optional action ("Open 'Welcome' first"). Plain text throughout.
class NoticePage final : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePage(QWidget *parent = nullptr);

    void setContent(const QIcon &icon, const QString &heading, const QString &text, const QString &note = {});
    // An action under the text (empty label: none).
    void setAction(const QString &label, const QString &accessibleName = {});
    QString text() const;
    QString note() const; // empty when none is shown
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintIcon();

    QIcon m_iconSource;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_note;
    QPushButton *m_action;
};

} // namespace coursedesk

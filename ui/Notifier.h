#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QToolButton;

namespace coursedesk {

// The in-window notification strip: a message and a close button; about a rejected action, also "Details…" (the
// list of actions) — and it goes by itself once that action is dismissed.
class NotificationBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget *parent = nullptr);
    // entryId: the outbox entry the message is about (0: none).
    void showMessage(const QString &message, qint64 entryId = 0);
    QString text() const; // empty when hidden
    qint64 entryId() const { return m_entryId; }
    // Hides the message about an entry that is not among `entries` any more.
    void forgetUnless(const QList<qint64> &entries);

signals:
    void detailsRequested();

private:
    QLabel *m_text;
    QPushButton *m_details;
    QToolButton *m_close;
    qint64 m_entryId = 0;
};

// Tells the user that an action was rejected or a lesson has opened: through the system tray when
// there is one and the window is not in front, in the window's banner otherwise (and always in the
// banner too, so that the message is still there when the user comes back).
class Notifier final : public QObject
{
    Q_OBJECT

public:
    enum class Tray
    {
        IfAvailable, // the platform decides (QSystemTrayIcon::isSystemTrayAvailable())
        Never,
    };

    Notifier(QWidget &window, NotificationBanner &banner, Tray tray, QObject *parent = nullptr);

    // entryId: the outbox entry the message is about (a rejected action), 0 for none.
    void notify(const QString &title, const QString &message, qint64 entryId = 0);
    bool usesTray() const { return m_tray != nullptr; }
    int trayMessagesShown() const { return m_trayMessages; }

private:
    QWidget &m_window;
    NotificationBanner &m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    int m_trayMessages = 0;
};

} // namespace coursedesk

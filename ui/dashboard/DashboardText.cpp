#include "dashboard/DashboardText.h"

#include <QCoreApplication>
#include <QLocale>

namespace coursedesk::dashboardtext {

namespace {

// lupdate records these free functions' strings in the namespace's context, so the helper uses that name.
QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::dashboardtext", text);
}

} // namespace

QString joinStatus(JoinStatus status)
{
    switch (status) {
    case JoinStatus::None:
        return tr("Not a member");
    case JoinStatus::Creator:
        return tr("Creator");
    case JoinStatus::Manager:
        return tr("Manager");
    case JoinStatus::Joined:
        return tr("Joined");
    case JoinStatus::Invited:
        return tr("Invited");
    case JoinStatus::Requested:
        return tr("Requested");
    case JoinStatus::PaymentWaiting:
        return tr("Payment pending");
    case JoinStatus::Unknown:
        return tr("Other");
    }
    return {};
}

QString result(Completion result)
{
    switch (result) {
    case Completion::Completed:
        return tr("Passed");
    case Completion::Failed:
        return tr("Failed");
    case Completion::Uncompleted:
        return tr("Not graded");
    case Completion::Unknown:
        return tr("Other");
    }
    return {};
}

QString percent(int value)
{
    return tr("%1 %").arg(QLocale().toString(value));
}

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString asOf(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return tr("As of %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    return tr("As of %1").arg(QLocale().toString(local, QLocale::ShortFormat));
}

} // namespace coursedesk::dashboardtext

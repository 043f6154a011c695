#include "OfflineState.h"

namespace coursedesk {

OfflineState::Kind OfflineState::of(const OfflineCourse &course)
{
    if (!course.keptOffline)
        return Kind::Removed;
    if (course.storage.missing == 0)
        return Kind::Available;
    return course.storage.files == 0 ? Kind::NotDownloaded : Kind::Partly;
}

QString OfflineState::text(const OfflineCourse &course)
{
    switch (of(course)) {
    case Kind::Available:
        return tr("Available offline");
    case Kind::Partly:
        return tr("Partly available offline (%n missing)", nullptr, course.storage.missing);
    case Kind::NotDownloaded:
        return tr("Not downloaded");
    case Kind::Removed:
        return tr("Downloads removed");
    }
    return {};
}

QString OfflineState::withSize(const OfflineCourse &course, const QLocale &locale)
{
    if (course.storage.bytes <= 0)
        return text(course);
    return tr("%1, %2").arg(text(course), locale.formattedDataSize(course.storage.bytes));
}

QString OfflineState::downloading(int filesDone, int filesTotal, qint64 bytes, const QLocale &locale)
{
    return tr("Downloading: %1 of %2 files, %3").arg(filesDone).arg(filesTotal).arg(locale.formattedDataSize(bytes));
}

} // namespace coursedesk

#pragma once

#include "session/StorageOverview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace coursedesk {

// Whether a course can be read offline with all its files (issue 18, "Available offline"), in words, the same in the
// course list and in the storage view.
class OfflineState final
{
    Q_DECLARE_TR_FUNCTIONS(coursedesk::OfflineState)

public:
    enum class Kind
    {
        Available, // every file of the course is here (or it has none)
        Partly,    // some are missing
        NotDownloaded,
        Removed, // "Remove downloads": not kept offline until "Download for offline"
    };

    static Kind of(const OfflineCourse &course);
    // "Available offline", "Partly available offline (2 missing)", "Not downloaded", "Downloads removed".
    static QString text(const OfflineCourse &course);
    // The same with the size on disk when there is any: "Available offline, 1.2 MB".
    static QString withSize(const OfflineCourse &course, const QLocale &locale);
    // While a download runs: "Downloading: 2 of 5 files, 300 KB".
    static QString downloading(int filesDone, int filesTotal, qint64 bytes, const QLocale &locale);
};

} // namespace coursedesk

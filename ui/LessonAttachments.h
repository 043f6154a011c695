#pragma once

#include "LessonHtml.h"

#include <QLocale>
#include <QString>
#include <QUrl>

namespace coursedesk {

class OfflineFiles;

// A lesson's attachments under its text (issue 18): each media that is a file, a link or a picture, with its title,
// its kind and its size. A downloaded file links to its local copy (opened with the desktop's viewer, offline too);
// a file that is missing says why; a link opens in the browser. Also the lesson view's access to the offline
// copies of its pictures.
class LessonAttachments final
{
public:
    // The list as HTML, empty when the lesson has no attachments (files null: none either).
    static QString html(const OfflineFiles *files, qint64 lessonId, const QLocale &locale);
    static LessonHtml::LocalImages localImages(const OfflineFiles *files);
    // Whether a link of the lesson is the local copy of one of its files (to open with the desktop's viewer).
    static bool isOfflineCopy(const OfflineFiles *files, const QUrl &url);
};

} // namespace coursedesk

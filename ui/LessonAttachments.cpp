#include "LessonAttachments.h"

#include "session/OfflineFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::LessonAttachments", text);
}

QString kindOf(const MediaRef &ref)
{
    const QString type = ref.type.toLower();
    if (type == u"doc"_s)
        return QCoreApplication::translate("coursedesk::LessonAttachments", "Document");
    if (type == u"image"_s)
        return QCoreApplication::translate("coursedesk::LessonAttachments", "Picture");
    if (type == u"url"_s || type == u"link"_s)
        return QCoreApplication::translate("coursedesk::LessonAttachments", "Link");
    if (type == u"video"_s)
        return QCoreApplication::translate("coursedesk::LessonAttachments", "Video");
    if (type == u"embed"_s)
        return QCoreApplication::translate("coursedesk::LessonAttachments", "Embedded content");
    return QCoreApplication::translate("coursedesk::LessonAttachments", "File");
}

} // namespace

LessonHtml::LocalImages LessonAttachments::localImages(const OfflineFiles *files)
{
    if (!files)
        return {};
    return LessonHtml::LocalImages{[files](const QString &address) { return files->localCopyOf(address); },
                                   [files](const QString &address) { return files->missingReasonOf(address); }};
}

bool LessonAttachments::isOfflineCopy(const OfflineFiles *files, const QUrl &url)
{
    if (!files || !url.isLocalFile())
        return false;
    const QString folder = QFileInfo(files->folder()).canonicalFilePath();
    const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
    return !folder.isEmpty() && !path.isEmpty() && path.startsWith(folder + u'/');
}

QString LessonAttachments::html(const OfflineFiles *files, qint64 lessonId, const QLocale &locale)
{
    if (!files)
        return {};
    const Result<QList<LessonFile>> list = files->lessonFiles(lessonId);
    if (!list)
        return u"<p><i>%1</i></p>"_s.arg(list.error().message.toHtmlEscaped());
    QString items;
    for (const LessonFile &file : *list) {
        if (file.ref.type == u"img"_s || file.ref.type == u"question"_s)
            continue; // the text's and the questions' own pictures are shown where they are
        const QString title = (file.ref.title.isEmpty() ? file.ref.url.fileName() : file.ref.title).toHtmlEscaped();
        const QString kind = kindOf(file.ref);
        QString item;
        if (file.ref.use == MediaUse::Link) {
            item = u"<a href=\"%1\">%2</a> — %3"_s.arg(
                file.ref.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title,
                tr("%1, opens in the browser (%2)").arg(kind, file.ref.url.host()).toHtmlEscaped());
        } else if (file.available()) {
            const QString suffix = QFileInfo(file.copy->path).suffix().toUpper();
            item = u"<a href=\"%1\">%2</a> — %3"_s.arg(
                QUrl::fromLocalFile(file.copy->path).toString(QUrl::FullyEncoded).toHtmlEscaped(), title,
                (suffix.isEmpty() ? tr("%1, %2").arg(kind, locale.formattedDataSize(file.copy->size))
                                  : tr("%1, %2, %3").arg(kind, suffix, locale.formattedDataSize(file.copy->size)))
                    .toHtmlEscaped());
        } else {
            const QString why = file.copy && !file.copy->error.isEmpty()
                                    ? tr("%1, not available offline: %2").arg(kind, file.copy->error)
                                    : tr("%1, not downloaded yet").arg(kind);
            item = u"<i>%1</i> — %2"_s.arg(title, why.toHtmlEscaped());
        }
        items += u"<li>%1</li>"_s.arg(item);
    }
    if (items.isEmpty())
        return {};
    return u"<h3>%1</h3><ul>%2</ul>"_s.arg(tr("Attachments").toHtmlEscaped(), items);
}

} // namespace coursedesk

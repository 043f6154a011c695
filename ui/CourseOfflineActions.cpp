#include "CourseOfflineActions.h"

#include "CourseListModel.h"

#include "session/OfflineFiles.h"

#include <QContextMenuEvent>
#include <QListView>
#include <QLocale>
#include <QMenu>

namespace coursedesk {

using namespace Qt::StringLiterals;

CourseOfflineActions::CourseOfflineActions(QListView &list, CourseListModel &model, OfflineFiles &files,
                                           QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_model(model)
    , m_files(files)
{
    m_list.installEventFilter(this);
    m_list.viewport()->installEventFilter(this);
    connect(&m_files, &OfflineFiles::downloadFinished, this, [this](qint64, const MediaReport &report) {
        if (report.localFailure)
            emit message(report.localFailure->message);
        else if (report.cancelled)
            emit message(tr("Download cancelled; what came in is kept."));
        else if (report.failed > 0)
            emit message(tr("Downloaded; %n file(s) missing (see the lessons).", nullptr, report.failed));
        else
            emit message(tr("Downloaded."));
    });
}

bool CourseOfflineActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || (watched != &m_list && watched != m_list.viewport()))
        return QObject::eventFilter(watched, event);
    auto *request = static_cast<QContextMenuEvent *>(event);
    // From the keyboard: the current course, the menu at its row; with the mouse: the row under it.
    const bool keyboard = request->reason() == QContextMenuEvent::Keyboard;
    const QPoint inViewport =
        watched == m_list.viewport() ? request->pos() : m_list.viewport()->mapFrom(&m_list, request->pos());
    const QModelIndex at = keyboard ? m_list.currentIndex() : m_list.indexAt(inViewport);
    QMenu *menu = menuFor(m_model.courseIdAt(at));
    if (!menu)
        return false;
    const QPoint where = keyboard ? m_list.visualRect(at).center() : inViewport;
    menu->popup(m_list.viewport()->mapToGlobal(where));
    return true;
}

QMenu *CourseOfflineActions::menuFor(qint64 courseId)
{
    if (courseId == 0)
        return nullptr;
    auto *menu = new QMenu(&m_list);
    menu->setObjectName(u"courseOfflineMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool downloading = m_files.isDownloading(courseId);

    QAction *download = menu->addAction(tr("&Download for offline"), this, [this, courseId] {
        emit message(tr("Checking the course's files…"));
        m_files.download(courseId);
    });
    download->setObjectName(u"downloadForOffline"_s);
    download->setEnabled(m_files.canDownload() && !downloading);

    QAction *cancel = menu->addAction(tr("&Cancel download"), this, [this] { m_files.cancelDownloads(); });
    cancel->setObjectName(u"cancelCourseDownload"_s);
    cancel->setEnabled(downloading);

    QAction *remove = menu->addAction(tr("&Remove downloads"), this, [this, courseId] {
        Result<qint64> freed = m_files.removeDownloads(courseId);
        emit message(freed ? tr("Removed; %1 freed. The course's texts, progress and queued actions stay.")
                                 .arg(QLocale().formattedDataSize(*freed))
                           : freed.error().message);
    });
    remove->setObjectName(u"removeCourseDownloads"_s);
    remove->setEnabled(m_files.canDownload() && !downloading);
    return menu;
}

} // namespace coursedesk

#include "CourseOfflineActions.h"

#include "CourseListModel.h"

#include "session/OfflineFiles.h"

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
    m_list.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = menuAt(pos))
            menu->popup(m_list.viewport()->mapToGlobal(pos));
    });
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

QMenu *CourseOfflineActions::menuAt(const QPoint &pos)
{
    // From the keyboard (the menu key) the position is the current item's; with the mouse, the row under it.
    QModelIndex at = m_list.indexAt(pos);
    if (!at.isValid())
        at = m_list.currentIndex();
    const qint64 courseId = m_model.courseIdAt(at);
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

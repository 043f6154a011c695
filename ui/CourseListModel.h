#pragma once

#include "session/CourseSession.h"
#include "session/StorageOverview.h"

#include <QAbstractListModel>
#include <QHash>

namespace coursedesk {

// The account's courses, each with its progress: the course list beside the outline. It follows the
// session: a toggle updates its course's row in place; a sync that adds or removes courses resets it.
class CourseListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        CourseIdRole = Qt::UserRole + 1,
        ProgressBasisPointsRole, // 0..10000: the exact percentage × 100
        ProgressTextRole,        // "5 of 12 lessons · 41.67 %"
        RoleRole,                // coursedesk::Role as int
        NewsRole,                // int: how many "what's new" badges the course holds (find branch)
        OfflineTextRole,  // "Available offline, 1.2 MB", "Partly available offline (2 missing)", "Downloading: …"
        OfflineKindRole,  // OfflineState::Kind as int
        OfflineBytesRole, // the course's files on disk
    };

    // Empty until the first reload(), so that building a window reads nothing.
    explicit CourseListModel(CourseSession &session, QObject *parent = nullptr);

    // Reads the course list again; false (the model left empty) when the cache cannot be read.
    bool reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Per course, how many lessons and sections are new, changed or newly open: shown after the name.
    void setNewsCounts(const QHash<qint64, int> &counts);

    QModelIndex indexOfCourse(qint64 courseId) const;
    qint64 courseIdAt(const QModelIndex &index) const;

    // Reads each course's offline files again (after a download or "Remove downloads").
    void reloadOffline();

private:
    void updateProgress(qint64 courseId, const ProgressFigures &figures);
    void showDownload(qint64 courseId, int filesDone, int filesTotal, qint64 bytes);
    void watchOfflineFiles();
    QString offlineText(qint64 courseId) const;

    CourseSession &m_session;
    QList<CourseSummary> m_courses;
    QString m_error;
    QHash<qint64, int> m_news;
    // issue 18: each course's share of the offline files, and the downloads running ("Downloading: …").
    QHash<qint64, OfflineCourse> m_offline;
    QHash<qint64, QString> m_downloading;
    OfflineFiles *m_watched = nullptr;
};

} // namespace coursedesk

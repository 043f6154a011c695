#pragma once

#include "session/StorageOverview.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;

namespace coursedesk {

class OfflineFiles;
class StorageModel;

// File ▸ Storage…: every account, and under each its courses by the size of their offline files, each with its
// files, the files missing and whether it is available offline (read from each account's cache, without signing in
// to it). "Download for offline" for a course of the open account (progress in files and bytes, with Cancel: what
// came in stays, and downloading again resumes from there) and "Remove downloads" for a course of any account (its
// texts, progress, notes and queued actions stay). Parts by object name: storageTree, storageTotal, downloadCourse,
// cancelDownload, removeDownloads, downloadProgress.
class StorageDialog final : public QDialog
{
    Q_OBJECT

public:
    // current: the open account's files (null: none is open; nothing can be downloaded).
    StorageDialog(StorageOverview overview, OfflineFiles *current, QWidget *parent = nullptr);

    void refresh();

private:
    struct Choice
    {
        QString account;
        qint64 courseId = 0;
        bool current = false;
    };
    Choice selected() const;
    void updateButtons();

    StorageOverview m_overview;
    OfflineFiles *m_current;
    StorageModel *m_model;
    QTreeView *m_tree;
    QLabel *m_total;
    QLabel *m_progress;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    qint64 m_downloading = 0;
};

} // namespace coursedesk

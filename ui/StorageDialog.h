#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace coursedesk {

class OfflineFiles;
class StorageModel;

// File ▸ Storage…: the account's courses by the size of their offline files, each with its files, the files missing
// and whether it is available offline; "Download for offline" (progress in files and bytes, with Cancel: what came
// in stays, and downloading again resumes from there) and "Remove downloads" (its texts, progress, notes and queued
// actions stay). Parts by object name: storageTable, storageTotal, downloadCourse, cancelDownload, removeDownloads,
// downloadProgress.
class StorageDialog final : public QDialog
{
    Q_OBJECT

public:
    StorageDialog(OfflineFiles &files, const QString &accountName, QWidget *parent = nullptr);

    StorageModel *model() const { return m_model; }
    void refresh();

private:
    qint64 selectedCourse() const;
    void updateButtons();

    OfflineFiles &m_files;
    StorageModel *m_model;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_progress;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    qint64 m_downloading = 0;
};

} // namespace coursedesk

#include "StorageDialog.h"

#include "StorageModel.h"

#include "session/OfflineFiles.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

StorageDialog::StorageDialog(OfflineFiles &files, const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_model(new StorageModel(this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_download(new QPushButton(tr("&Download for offline"), this))
    , m_cancel(new QPushButton(tr("&Cancel download"), this))
    , m_remove(new QPushButton(tr("&Remove downloads"), this))
{
    setObjectName(u"storageDialog"_s);
    setWindowTitle(accountName.isEmpty() ? tr("Storage") : tr("Storage — %1").arg(accountName));
    m_table->setObjectName(u"storageTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(StorageModel::CourseColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_total->setObjectName(u"storageTotal"_s);
    m_progress->setObjectName(u"downloadProgress"_s);
    m_download->setObjectName(u"downloadCourse"_s);
    m_cancel->setObjectName(u"cancelDownload"_s);
    m_remove->setObjectName(u"removeDownloads"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(640, 360);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StorageDialog::updateButtons);
    connect(m_download, &QPushButton::clicked, this, [this] {
        m_downloading = selectedCourse();
        if (m_downloading == 0)
            return;
        m_progress->setText(tr("Checking the course's files…"));
        m_files.download(m_downloading, [this](const MediaReport &report) {
            m_progress->setText(report.cancelled ? tr("Download cancelled; what came in is kept.")
                                : report.failed > 0
                                    ? tr("Downloaded; %n file(s) missing (see the lessons).", nullptr, report.failed)
                                    : tr("Downloaded."));
            m_downloading = 0;
            refresh();
        });
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_files.cancelDownloads(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 course = selectedCourse();
        Result<qint64> freed = m_files.removeDownloads(course);
        m_progress->setText(freed ? tr("Removed; %1 freed. The course's texts, progress and queued actions stay.")
                                        .arg(QLocale().formattedDataSize(*freed))
                                  : freed.error().message);
        refresh();
    });
    connect(&m_files, &OfflineFiles::downloadProgress, this, [this](qint64 course, int done, int total, qint64 bytes) {
        if (course == m_downloading) {
            m_progress->setText(tr("%1 of %2 files, %3").arg(done).arg(total).arg(QLocale().formattedDataSize(bytes)));
        }
    });
    refresh();
}

void StorageDialog::refresh()
{
    const qint64 selected = selectedCourse();
    const Result<QList<CourseStorage>> courses = m_files.storage();
    QList<StorageModel::Row> rows;
    if (courses) {
        for (const CourseStorage &course : *courses)
            rows.append(StorageModel::Row{course, m_files.keepsOffline(course.courseId)});
    } else {
        m_progress->setText(courses.error().message);
    }
    m_model->setRows(rows);
    m_total->setText(tr("Offline files of this account: %1").arg(QLocale().formattedDataSize(m_model->totalBytes())));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(StorageModel::CourseIdRole).toLongLong() == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

qint64 StorageDialog::selectedCourse() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(StorageModel::CourseIdRole).toLongLong();
}

void StorageDialog::updateButtons()
{
    const bool chosen = selectedCourse() != 0;
    m_download->setEnabled(chosen && m_files.canDownload() && m_downloading == 0);
    m_cancel->setEnabled(m_downloading != 0);
    m_remove->setEnabled(chosen && m_downloading == 0);
}

} // namespace coursedesk

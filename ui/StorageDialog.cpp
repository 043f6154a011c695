#include "StorageDialog.h"

#include "StorageModel.h"

#include "session/OfflineFiles.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

StorageDialog::StorageDialog(StorageOverview overview, OfflineFiles *current, QWidget *parent)
    : QDialog(parent)
    , m_overview(std::move(overview))
    , m_current(current)
    , m_model(new StorageModel(this))
    , m_tree(new QTreeView(this))
    , m_total(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_download(new QPushButton(tr("&Download for offline"), this))
    , m_cancel(new QPushButton(tr("&Cancel download"), this))
    , m_remove(new QPushButton(tr("&Remove downloads"), this))
{
    setObjectName(u"storageDialog"_s);
    setWindowTitle(tr("Storage"));
    m_tree->setObjectName(u"storageTree"_s);
    m_tree->setAccessibleName(tr("Offline files by account and course"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(StorageModel::CourseColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_total->setObjectName(u"storageTotal"_s);
    m_progress->setObjectName(u"downloadProgress"_s);
    m_progress->setAccessibleName(tr("Download progress"));
    m_download->setObjectName(u"downloadCourse"_s);
    m_cancel->setObjectName(u"cancelDownload"_s);
    m_remove->setObjectName(u"removeDownloads"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(m_total);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(720, 400);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StorageDialog::updateButtons);
    connect(m_download, &QPushButton::clicked, this, [this] {
        const Choice choice = selected();
        if (choice.courseId == 0 || !choice.current || !m_current)
            return;
        m_downloading = choice.courseId;
        m_progress->setText(tr("Checking the course's files…"));
        m_current->download(m_downloading, [this](const MediaReport &report) {
            m_progress->setText(report.cancelled ? tr("Download cancelled; what came in is kept.")
                                : report.failed > 0
                                    ? tr("Downloaded; %n file(s) missing (see the lessons).", nullptr, report.failed)
                                    : tr("Downloaded."));
            m_downloading = 0;
            refresh();
        });
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_current)
            m_current->cancelDownloads();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const Choice choice = selected();
        if (choice.courseId == 0)
            return;
        Result<qint64> freed = m_overview.removeDownloads(choice.account, choice.courseId);
        m_progress->setText(freed ? tr("Removed; %1 freed. The course's texts, progress and queued actions stay.")
                                        .arg(QLocale().formattedDataSize(*freed))
                                  : freed.error().message);
        refresh();
    });
    if (m_current) {
        connect(m_current, &OfflineFiles::downloadProgress, this,
                [this](qint64 course, int done, int total, qint64 bytes) {
                    if (course == m_downloading) {
                        m_progress->setText(
                            tr("%1 of %2 files, %3").arg(done).arg(total).arg(QLocale().formattedDataSize(bytes)));
                    }
                });
    }
    refresh();
}

void StorageDialog::refresh()
{
    const Choice before = selected();
    const Result<QList<AccountStorage>> accounts = m_overview.list();
    if (accounts)
        m_model->setAccounts(*accounts);
    else
        m_progress->setText(accounts.error().message);
    m_tree->expandAll();
    for (int column = 1; column < StorageModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_total->setText(tr("Offline files of every account: %1").arg(QLocale().formattedDataSize(m_model->totalBytes())));
    if (before.courseId != 0) {
        const QModelIndex again = m_model->courseIndex(before.account, before.courseId);
        if (again.isValid())
            m_tree->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

StorageDialog::Choice StorageDialog::selected() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex row = rows.constFirst();
    return Choice{row.data(StorageModel::AccountRole).toString(), row.data(StorageModel::CourseIdRole).toLongLong(),
                  row.data(StorageModel::CurrentAccountRole).toBool()};
}

void StorageDialog::updateButtons()
{
    const Choice choice = selected();
    const bool course = choice.courseId != 0;
    m_download->setEnabled(course && choice.current && m_current && m_current->canDownload() && m_downloading == 0);
    m_download->setToolTip(course && !choice.current ? tr("Open the account to download its courses' files.")
                                                     : QString());
    m_cancel->setEnabled(m_downloading != 0);
    m_remove->setEnabled(course && m_downloading == 0);
}

} // namespace coursedesk

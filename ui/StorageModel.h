#pragma once

#include "session/StorageOverview.h"

#include <QAbstractItemModel>

namespace coursedesk {

// The storage view's tree (File ▸ Storage…): each account, with what its offline files take in all, and under it
// each of its courses by size, with how many files are downloaded and missing and whether it is available offline.
// An account whose cache cannot be read says why in its Offline column.
class StorageModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CourseColumn,
        SizeColumn,
        FilesColumn,
        MissingColumn,
        OfflineColumn,
        ColumnCount
    };
    enum Role
    {
        CourseIdRole = Qt::UserRole + 1, // 0 on an account's row
        BytesRole,
        AccountRole,        // the account's name, on its row and its courses' rows
        CurrentAccountRole, // whether the row is of the account open in the window
    };

    explicit StorageModel(QObject *parent = nullptr);

    void setAccounts(const QList<AccountStorage> &accounts);
    const QList<AccountStorage> &accounts() const { return m_accounts; }
    qint64 totalBytes() const;
    // The row of an account's course (invalid when it is not listed).
    QModelIndex courseIndex(const QString &account, qint64 courseId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a row shows, an account's or a course's.
    struct Line
    {
        qint64 courseId = 0; // 0 on an account's row
        qint64 bytes = 0;
        QString name;
        QString tip; // the Course column's tooltip, when it is not the name
        int files = 0;
        int missing = 0;
        QVariant offline;
    };
    Line accountLine(const AccountStorage &account) const;
    static Line courseLine(const OfflineCourse &course);
    static QVariant rowData(const Line &line, const AccountStorage &account, int column, int role);

    QList<AccountStorage> m_accounts;
};

} // namespace coursedesk

#pragma once

#include "storage/MediaStore.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace coursedesk {

// The storage view's rows (File ▸ Storage…): each course of the account with what its offline files take, by size,
// how many are downloaded and missing, and whether it is kept offline.
class StorageModel final : public QAbstractTableModel
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
        CourseIdRole = Qt::UserRole + 1,
        BytesRole,
    };
    struct Row
    {
        CourseStorage storage;
        bool keptOffline = true;
    };

    explicit StorageModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    qint64 totalBytes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace coursedesk

#include "StorageModel.h"

namespace coursedesk {

StorageModel::StorageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StorageModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.storage.bytes > b.storage.bytes; });
    endResetModel();
}

qint64 StorageModel::totalBytes() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.storage.bytes;
    return total;
}

int StorageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StorageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CourseIdRole)
        return row.storage.courseId;
    if (role == BytesRole)
        return row.storage.bytes;
    if (role == Qt::TextAlignmentRole && index.column() != CourseColumn && index.column() != OfflineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case CourseColumn:
        return row.storage.courseName;
    case SizeColumn:
        return QLocale().formattedDataSize(row.storage.bytes);
    case FilesColumn:
        return row.storage.files;
    case MissingColumn:
        return row.storage.missing;
    case OfflineColumn:
        if (!row.keptOffline)
            return tr("Downloads removed");
        return row.storage.missing == 0 ? tr("Available offline") : tr("Partly available offline");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StorageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CourseColumn:
        return tr("Course");
    case SizeColumn:
        return tr("Size on disk");
    case FilesColumn:
        return tr("Files");
    case MissingColumn:
        return tr("Missing");
    case OfflineColumn:
        return tr("Offline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace coursedesk

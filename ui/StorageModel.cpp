#include "StorageModel.h"

#include "OfflineState.h"

#include <QLocale>

namespace coursedesk {

namespace {

// internalId: 0 for an account's row, 1 + the account's row for a course's row.
constexpr quintptr accountRow = 0;

} // namespace

StorageModel::StorageModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void StorageModel::setAccounts(const QList<AccountStorage> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    for (AccountStorage &account : m_accounts) {
        std::stable_sort(account.courses.begin(), account.courses.end(),
                         [](const auto &a, const auto &b) { return a.storage.bytes > b.storage.bytes; });
    }
    endResetModel();
}

qint64 StorageModel::totalBytes() const
{
    qint64 total = 0;
    for (const AccountStorage &account : m_accounts)
        total += account.bytes();
    return total;
}

QModelIndex StorageModel::courseIndex(const QString &account, qint64 courseId, int column) const
{
    for (int a = 0; a < m_accounts.size(); ++a) {
        if (m_accounts.at(a).account != account)
            continue;
        const QList<OfflineCourse> &courses = m_accounts.at(a).courses;
        for (int c = 0; c < courses.size(); ++c) {
            if (courses.at(c).storage.courseId == courseId)
                return createIndex(c, column, quintptr(a) + 1);
        }
    }
    return {};
}

QModelIndex StorageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, accountRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StorageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == accountRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, accountRow);
}

int StorageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accounts.size());
    if (parent.internalId() != accountRow || parent.column() != 0)
        return 0;
    return int(m_accounts.at(parent.row()).courses.size());
}

int StorageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StorageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountStorage &account =
        m_accounts.at(index.internalId() == accountRow ? index.row() : int(index.internalId() - 1));
    if (index.internalId() == accountRow)
        return rowData(accountLine(account), account, index.column(), role);
    return rowData(courseLine(account.courses.at(index.row())), account, index.column(), role);
}

StorageModel::Line StorageModel::accountLine(const AccountStorage &account) const
{
    Line line{0,
              account.bytes(),
              account.current ? tr("%1 (open)").arg(account.account) : account.account,
              account.folder,
              0,
              0,
              account.problem.isEmpty() ? QVariant() : QVariant(account.problem)};
    for (const OfflineCourse &course : account.courses) {
        line.files += course.storage.files;
        line.missing += course.storage.missing;
    }
    return line;
}

StorageModel::Line StorageModel::courseLine(const OfflineCourse &course)
{
    return Line{course.storage.courseId, course.storage.bytes,   course.storage.courseName, {},
                course.storage.files,    course.storage.missing, OfflineState::text(course)};
}

// An account's row and a course's row answer the same roles, each from its own line.
QVariant StorageModel::rowData(const Line &line, const AccountStorage &account, int column, int role)
{
    switch (role) {
    case CourseIdRole:
        return line.courseId;
    case BytesRole:
        return line.bytes;
    case AccountRole:
        return account.account;
    case CurrentAccountRole:
        return account.current;
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == FilesColumn || column == MissingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case CourseColumn:
        if (role == Qt::ToolTipRole && !line.tip.isEmpty())
            return line.tip;
        return line.name;
    case SizeColumn:
        return QLocale().formattedDataSize(line.bytes);
    case FilesColumn:
        return line.files;
    case MissingColumn:
        return line.missing;
    case OfflineColumn:
        return line.offline;
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
        return tr("Account and course");
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

#pragma once

#include "dashboard/PagedTableModel.h"

namespace coursedesk {

// The learners of a course (GET …/users/), lazily paged; ordered by the server by join date or last activity
// (sort() on those two columns; the other columns cannot be ordered by the server and are left as they are).
class LearnersModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Username,
        RealName,
        Status,
        Completion,
        Joined,
        LastActive,
        ColumnCount,
    };
    static constexpr int RawRole = Qt::UserRole; // the unformatted value (QString, int or QDateTime)

    explicit LearnersModel(Dashboard &dashboard, QObject *parent = nullptr);

    static bool isSortable(int column) { return column == Joined || column == LastActive; }
    // Counted in the completion figures (joined), as the histogram counts; staff and invitees are listed only.
    static bool isCounted(const LearnerRow &learner);
    // The server's ordering now in use, e.g. "-joined_at" (the default: newest first).
    QString ordering() const override { return m_ordering; }
    int sortColumn() const { return m_ordering.endsWith(u"last_active_at") ? LastActive : Joined; }
    Qt::SortOrder sortOrder() const { return m_ordering.startsWith(u'-') ? Qt::DescendingOrder : Qt::AscendingOrder; }

    const LearnerRow &row(int index) const { return m_rows.at(index); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    void requestPage(qint64 courseId, const PageQuery &query, quint64 generation) override;
    qsizetype loadedRows() const override { return m_rows.size(); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<LearnerRow> m_rows;
    QString m_ordering = QStringLiteral("-joined_at");
};

} // namespace coursedesk

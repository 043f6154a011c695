#pragma once

#include "dashboard/PagedTableModel.h"

namespace coursedesk {

// The quiz attempts of a course's learners (GET …/quiz/), newest first, lazily paged, searched by the server
// (learner or quiz name). The contract offers no ordering for this list.
class QuizResultsModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Learner,
        Quiz,
        Date,
        Grade,
        Outcome,
        ColumnCount,
    };
    static constexpr int RawRole = Qt::UserRole;

    explicit QuizResultsModel(Dashboard &dashboard, QObject *parent = nullptr);

    const QuizResultRow &row(int index) const { return m_rows.at(index); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(qint64 courseId, const PageQuery &query, quint64 generation) override;
    qsizetype loadedRows() const override { return m_rows.size(); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<QuizResultRow> m_rows;
};

} // namespace coursedesk

#pragma once

#include "storage/Outbox.h"

#include <QAbstractTableModel>

namespace coursedesk {

// The actions not yet accepted by the server — pending, in flight and rejected — with their reasons.
class PendingActionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        LessonColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        RejectedRole,
    };

    explicit PendingActionsModel(QObject *parent = nullptr);

    // lessonNames: lesson id → name, to show names rather than ids where known.
    void setEntries(const QList<OutboxEntry> &entries, const QHash<qint64, QString> &lessonNames = {});
    const QList<OutboxEntry> &entries() const { return m_entries; }
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeKind(OutboxKind kind);
    static QString describeState(OutboxState state);

private:
    QList<OutboxEntry> m_entries;
    QHash<qint64, QString> m_lessonNames;
};

} // namespace coursedesk

#pragma once

#include "session/CourseSearch.h"

#include <QAbstractListModel>

namespace coursedesk {

// Search results as a list: the display text is the lesson and where it is, the tooltip the snippet; roles give the
// ids, the snippet as HTML (matches in bold) and the lock reason.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CourseIdRole = Qt::UserRole + 1,
        LessonIdRole,
        SnippetHtmlRole,
        LockReasonRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const QList<SearchResult> &results);
    const SearchResult *resultAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString snippetHtml(const SearchHit &hit);

private:
    QList<SearchResult> m_results;
};

} // namespace coursedesk

#pragma once

#include "session/Dashboard.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace coursedesk {

// A table over one of the dashboard's server lists, loaded lazily: the first page on setCourse()/reload(), the next
// ones when a view asks (canFetchMore/fetchMore) as the user scrolls. Memory grows with the pages fetched, never
// with the list's total. Search (and a subclass's ordering) are done by the server: changing them restarts paging,
// and a reply to an earlier query is dropped.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 50;

    explicit PagedTableModel(Dashboard &dashboard, QObject *parent = nullptr);

    // Shows the course's list from its first page (0: nothing).
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    void setPageSize(int size); // takes effect on the next reload
    int pageSize() const { return m_pageSize; }
    void setSearch(const QString &search); // restarts paging when it changes
    const QString &search() const { return m_search; }
    // The members' join statuses to list (empty: every member); restarts paging when they change.
    void setStatuses(const QStringList &statuses);
    const QStringList &statuses() const { return m_statuses; }
    void reload(); // from the first page

    int totalCount() const { return m_total; } // across all pages, as the server counts; -1 before a first page
    bool isLoading() const { return m_loading; }
    bool isStalled() const { return !m_error.message.isEmpty(); } // the last page failed; reload() to retry
    const Error &error() const { return m_error; }
    QDateTime asOf() const { return m_asOf; } // when the first page shown was fetched from the server
    bool isFromCache() const { return m_fromCache; }
    const QString &cacheReason() const { return m_cacheReason; }
    // The server refused the sign-in for what is shown (a saved copy, or nothing): signing in again helps.
    bool needsSignIn() const { return m_needsSignIn; }

    // The query of the rows shown (search, ordering), for an export of the whole list.
    PageQuery currentQuery() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(); // a page's rows are in (the first page of a query, even when empty)
    void failed(const QString &message);
    void accessDenied();

protected:
    virtual void requestPage(qint64 courseId, const PageQuery &query, quint64 generation) = 0;
    virtual qsizetype loadedRows() const = 0;
    virtual void clearRows() = 0;
    virtual QString ordering() const { return {}; }

    Dashboard &dashboard() { return m_dashboard; }
    QPointer<PagedTableModel> guard() { return QPointer<PagedTableModel>(this); }

    // A subclass's reply handler: appends the page's rows to `rows` (with the model's insert signals) if the reply
    // belongs to the current query.
    template <typename T> void receive(quint64 generation, const Result<DashboardPage<T>> &page, QList<T> &rows)
    {
        if (generation != m_generation)
            return;
        if (!page) {
            fail(page.error());
            return;
        }
        const QList<T> &results = page->value.results;
        if (!results.isEmpty()) {
            beginInsertRows({}, int(rows.size()), int(rows.size() + results.size() - 1));
            rows.append(results);
            endInsertRows();
        }
        arrived(page->value.count, int(results.size()), page->asOf, page->fromCache, page->cacheReason,
                page->needsSignIn);
    }

private:
    void fail(const Error &error);
    void arrived(int total, int received, const QDateTime &asOf, bool fromCache, const QString &cacheReason,
                 bool needsSignIn);
    void setLoading(bool loading);

    Dashboard &m_dashboard;
    qint64 m_courseId = 0;
    int m_pageSize = defaultPageSize;
    QString m_search;
    QStringList m_statuses;
    quint64 m_generation = 0;
    int m_total = -1;
    bool m_loading = false;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    Error m_error;
    QDateTime m_asOf;
    bool m_fromCache = false;
    QString m_cacheReason;
    bool m_needsSignIn = false;
};

} // namespace coursedesk

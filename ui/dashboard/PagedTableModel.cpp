#include "dashboard/PagedTableModel.h"

namespace coursedesk {

PagedTableModel::PagedTableModel(Dashboard &dashboard, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dashboard(dashboard)
{
    connect(&m_dashboard, &Dashboard::accessDenied, this, [this](qint64 courseId) {
        if (courseId == m_courseId)
            emit accessDenied();
    });
}

void PagedTableModel::setCourse(qint64 courseId)
{
    m_courseId = courseId;
    reload();
}

void PagedTableModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 1000);
}

void PagedTableModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void PagedTableModel::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    reload();
}

PageQuery PagedTableModel::currentQuery() const
{
    PageQuery query;
    query.limit = m_pageSize;
    query.search = m_search;
    query.statuses = m_statuses;
    query.ordering = ordering();
    return query;
}

void PagedTableModel::reload()
{
    ++m_generation; // replies to earlier queries are dropped
    setLoading(false);
    beginResetModel();
    clearRows();
    m_total = -1;
    m_exhausted = false;
    m_error = {};
    m_asOf = {};
    m_fromCache = false;
    m_cacheReason.clear();
    m_needsSignIn = false;
    endResetModel();
    // A view (or a model tester) may already have asked for the first page when it saw the reset.
    if (m_courseId != 0)
        fetchMore({});
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(loadedRows());
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_courseId == 0 || m_loading || m_exhausted || isStalled())
        return false;
    return m_total < 0 || loadedRows() < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PageQuery query = currentQuery();
    query.offset = int(loadedRows());
    setLoading(true);
    requestPage(m_courseId, query, m_generation);
}

void PagedTableModel::fail(const Error &error)
{
    m_error = error;
    m_needsSignIn = m_needsSignIn || Dashboard::needsSignIn(error);
    setLoading(false);
    emit failed(error.message);
}

void PagedTableModel::arrived(int total, int received, const QDateTime &asOf, bool fromCache,
                              const QString &cacheReason, bool needsSignIn)
{
    m_needsSignIn = m_needsSignIn || needsSignIn;
    const bool first = m_total < 0;
    m_total = total;
    m_exhausted = received == 0 || loadedRows() >= total;
    if (first) {
        m_asOf = asOf;
        m_fromCache = fromCache;
        m_cacheReason = cacheReason;
    } else if (fromCache && !m_fromCache) {
        m_fromCache = true;
        m_cacheReason = cacheReason;
    }
    setLoading(false);
    emit pageLoaded();
}

void PagedTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace coursedesk

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace coursedesk {

class CacheDatabase;

// One cached page of an instructor list, as fetched: its rows as JSON text (the session maps them).
struct CachedPage final
{
    int total = 0; // the list's count across all pages, when fetched
    QByteArray rowsJson;
    QDateTime fetchedAt;
};

// A course's completion summary as last computed, as JSON text.
struct CachedSummary final
{
    QByteArray json;
    QDateTime fetchedAt;
};

// The last fetched pages of the instructor dashboard (learners, quiz results) and its completion summary, so
// that a dashboard can be shown offline with its age. Bounded: at most pagesPerList pages per course and list
// are kept (the most recently fetched); a new first page of a query drops the older pages of that query, which
// belong to an earlier listing.
class DashboardStore final
{
public:
    static constexpr int pagesPerList = 20;

    explicit DashboardStore(CacheDatabase &db);

    // `kind` names the list ("learners", "quiz"); `queryKey` the search, ordering, filters and page size.
    Status savePage(qint64 courseId, const QString &kind, const QString &queryKey, int offset, const CachedPage &page);
    Result<std::optional<CachedPage>> page(qint64 courseId, const QString &kind, const QString &queryKey,
                                           int offset) const;

    Status saveSummary(qint64 courseId, const CachedSummary &summary);
    Result<std::optional<CachedSummary>> summary(qint64 courseId) const;

    // Everything cached for the course (the user may no longer see its dashboard).
    Status forget(qint64 courseId);

private:
    CacheDatabase &m_db;
};

} // namespace coursedesk

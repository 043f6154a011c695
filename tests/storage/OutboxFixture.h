#pragma once

// The fixture of the outbox specifications (tst_Outbox, tst_OutboxClaims): a fresh cache in a temporary folder, an
// Outbox on it, "now" from a FakeClock, and the learner's wishes and the entries read back in short forms.
#include "FakeClock.h"
#include "FreshCache.h"

#include "storage/CacheDatabase.h"
#include "storage/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

constexpr qint64 course = 1;
constexpr qint64 section = 10;
constexpr qint64 lesson = 100;

constexpr Completion Done = Completion::Completed;
constexpr Completion NotDone = Completion::Uncompleted;
constexpr Completion Failed = Completion::Failed;

inline QStringList kindsOf(const QList<OutboxEntry> &entries)
{
    QStringList kinds;
    for (const OutboxEntry &entry : entries)
        kinds << toWire(entry.kind);
    return kinds;
}

inline QList<qint64> idsOf(const QList<OutboxEntry> &entries)
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : entries)
        ids << entry.id;
    return ids;
}

inline QList<qint64> lessonsOf(const QList<OutboxEntry> &entries)
{
    QList<qint64> lessons;
    for (const OutboxEntry &entry : entries)
        lessons << entry.lessonId;
    return lessons;
}

class OutboxFixture
{
protected:
    Outbox &outbox() { return *m_outbox; }
    QDateTime now() const { return m_clock.now(); }

    // The learner sets `lessonId` to `desired`; the server last confirmed `confirmed`.
    bool wish(qint64 lessonId, Completion desired, Completion confirmed, qint64 courseId = course)
    {
        m_clock.advanceSecs(1);
        Status ok = outbox().recordCompletion(courseId, section, lessonId, desired, confirmed, now());
        if (!ok)
            qWarning() << ok.error().message;
        return ok.ok();
    }

    QList<OutboxEntry> sendable(qint64 courseId = 0)
    {
        Result<QList<OutboxEntry>> entries = outbox().sendable(courseId);
        return entries ? *entries : QList<OutboxEntry>{};
    }

    QList<OutboxEntry> unfinished()
    {
        Result<QList<OutboxEntry>> entries = outbox().unfinished();
        return entries ? *entries : QList<OutboxEntry>{};
    }

    OutboxEntry entry(qint64 id)
    {
        Result<OutboxEntry> found = outbox().entry(id);
        return found ? *found : OutboxEntry{};
    }

    int countSendable()
    {
        Result<int> count = outbox().countSendable();
        return count ? *count : -1;
    }

    qint64 attempt(qint64 lessonId, const QString &key, qint64 courseId = course)
    {
        m_clock.advanceSecs(1);
        Result<OutboxEntry> queued = outbox().recordAttempt(courseId, section, lessonId, key, now());
        return queued ? queued->id : 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<Outbox> m_outbox;
    FakeClock m_clock;

    void openOutbox()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<CacheDatabase>> opened = openFreshCache(m_dir);
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_outbox = std::make_unique<Outbox>(*m_db);
    }
    void closeOutbox()
    {
        m_outbox.reset();
        m_db.reset();
    }
};

} // namespace coursedesk::test

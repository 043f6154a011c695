#include "storage/SearchSource.h"

#include "storage/SearchText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> readerCount{0};

Error readError(const QString &filePath, const QString &detail)
{
    return Error{u"database"_s,
                 QCoreApplication::translate("coursedesk::SearchSource", "The search index cannot be built from %1: %2")
                     .arg(filePath, detail)};
}

} // namespace

SearchSource::SearchSource(QString filePath)
    : m_filePath(std::move(filePath))
    , m_reader([this] { read(); })
{}

SearchSource::~SearchSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

Result<QList<SearchSource::Row>> SearchSource::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
    if (!m_batches.empty()) {
        QList<Row> batch = std::move(m_batches.front());
        m_batches.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for the reader
        return batch;
    }
    if (m_error)
        return *m_error;
    return QList<Row>{};
}

bool SearchSource::put(QList<Row> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_batches.size() < QueuedBatches || m_stopping; });
    if (m_stopping)
        return false;
    m_batches.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void SearchSource::read()
{
    // A connection belongs to the thread that opened it: this one is opened, used and removed here.
    const QString name = u"coursedesk-search-source-%1"_s.arg(++readerCount);
    Status done = readAll(name);
    QSqlDatabase::removeDatabase(name);
    {
        std::lock_guard lock(m_mutex);
        if (!done)
            m_error = done.error();
        m_finished = true;
    }
    m_changed.notify_all();
}

Status SearchSource::readAll(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return readError(m_filePath, db.lastError().text());
    const auto run = [&](QSqlQuery &query, const QString &sql) -> Status {
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return readError(m_filePath, query.lastError().text());
        return success();
    };
    // Quiz texts and notes first (small), then the lessons streamed in batches.
    QHash<qint64, QStringList> quiz;
    {
        QSqlQuery texts(db);
        if (Status ok =
                run(texts, u"SELECT q.lesson_id, q.text FROM questions q UNION ALL "
                           "SELECT q.lesson_id, a.text FROM answers a JOIN questions q ON q.id = a.question_id"_s);
            !ok)
            return ok;
        while (texts.next())
            quiz[texts.value(0).toLongLong()] << searchtext::fromHtml(texts.value(1).toString());
    }
    QHash<qint64, QString> notes;
    {
        QSqlQuery noteRows(db);
        if (Status ok = run(noteRows, u"SELECT lesson_id, text FROM notes WHERE text <> ''"_s); !ok)
            return ok;
        while (noteRows.next())
            notes.insert(noteRows.value(0).toLongLong(), noteRows.value(1).toString());
    }
    QSqlQuery lessons(db);
    if (Status ok = run(lessons, u"SELECT id, course_id, name, html FROM lessons ORDER BY id"_s); !ok)
        return ok;
    QList<Row> batch;
    batch.reserve(BatchSize);
    while (lessons.next()) {
        Row row;
        row.lessonId = lessons.value(0).toLongLong();
        row.courseId = lessons.value(1).toLongLong();
        row.title = lessons.value(2).toString();
        QStringList body{searchtext::fromHtml(lessons.value(3).toString())};
        body += quiz.value(row.lessonId);
        body.removeAll(QString());
        row.body = body.join(u'\n');
        row.note = notes.value(row.lessonId);
        batch.append(std::move(row));
        if (batch.size() == BatchSize) {
            if (!put(std::exchange(batch, {})))
                return success(); // nobody is reading any more
            batch.reserve(BatchSize);
        }
    }
    if (lessons.lastError().isValid())
        return readError(m_filePath, lessons.lastError().text());
    if (!batch.isEmpty())
        (void)put(std::move(batch));
    return success();
}

} // namespace coursedesk

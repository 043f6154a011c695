#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace coursedesk {

// What a full build of the search index reads (SearchIndex::rebuild): every lesson of the cache with its text made
// words (HTML stripped, quiz questions and answers appended) and its note. It is read on a thread of its own, over a
// read-only connection of its own to the same file (WAL: it sees the committed lessons while the build writes), so
// that making the words and writing the index use both cores. Batches wait in a short queue; the reader waits when
// the writer is behind.
class SearchSource final
{
public:
    struct Row
    {
        qint64 lessonId = 0;
        qint64 courseId = 0;
        QString title;
        QString body;
        QString note;
    };

    explicit SearchSource(QString filePath);
    ~SearchSource(); // stops the reader if it is still going, and waits for it

    SearchSource(const SearchSource &) = delete;
    SearchSource &operator=(const SearchSource &) = delete;

    // The next batch, in lesson order; an empty list once every lesson was given. A failure (the file cannot be
    // opened or read) is the error, and no batch follows it.
    Result<QList<Row>> next();

    static constexpr qsizetype BatchSize = 256;
    static constexpr size_t QueuedBatches = 8;

private:
    void read(); // the reader thread
    Status readAll(const QString &connectionName);
    bool put(QList<Row> batch); // false when the consumer went away

    const QString m_filePath;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Row>> m_batches;
    std::optional<Error> m_error;
    bool m_finished = false; // the reader has given everything (or failed)
    bool m_stopping = false; // the consumer is gone
    std::thread m_reader;
};

} // namespace coursedesk

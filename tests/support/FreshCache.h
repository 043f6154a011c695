#pragma once

#include "storage/CacheDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace coursedesk::test {

// A new, empty cache database in the test's temporary folder (the previous test's file is removed).
inline Result<std::unique_ptr<CacheDatabase>> openFreshCache(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return CacheDatabase::open(path);
}

} // namespace coursedesk::test

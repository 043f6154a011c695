#pragma once

// The two dialects of the reference server as QtTest global data: a test class whose initTestCase_data() is
// addDialectRows() runs every test once against a server of our contract (api-contract.md) and once against one
// of the platform's documented dialect (its docs: no enrollment endpoint, Idempotency-Key ignored, DRF error
// bodies, last_attempt as a list, …; tests/refserver/README.md), design.md principle 5.

#include "Dialect.h"

#include <QTest>

Q_DECLARE_METATYPE(coursedesk::refserver::Dialect)

namespace coursedesk::test {

inline void addDialectRows()
{
    QTest::addColumn<refserver::Dialect>("dialect");
    QTest::newRow("contract") << refserver::Dialect::Contract;
    QTest::newRow("platform") << refserver::Dialect::Platform;
}

// The dialect of the global row the current test runs in.
inline refserver::Dialect currentDialect()
{
    QFETCH_GLOBAL(refserver::Dialect, dialect);
    return dialect;
}

} // namespace coursedesk::test

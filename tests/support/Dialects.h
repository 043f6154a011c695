#pragma once

// Every end-to-end suite runs against both dialects of the reference server (issue 15): a test class declares
//
//     void initTestCase_data() { test::addDialectRows(); }
//
// and each of its test functions runs once per row, "contract" (api-contract.md) and "platform" (the platform's own
// docs, tests/refserver/README.md). These helpers read the current row and say what the demo seed holds in each.
// Tests that include this header link coursedesk_refserver.
#include "RefServer.h"

#include <QStringList>
#include <QTest>

namespace coursedesk::test {

inline void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("contract") << QStringLiteral("contract");
    QTest::newRow("platform") << QStringLiteral("platform");
}

// The options of a server in the named dialect, for a test function with rows of its own (when only some functions
// of a class talk to a server, their _data functions call addDialectRows() and they QFETCH(QString, dialect)).
inline refserver::RefServerOptions serverOptionsFor(const QString &dialect, refserver::RefServerOptions options = {})
{
    options.dialect = refserver::dialectNamed(dialect).value_or(refserver::Dialect::Contract);
    return options;
}

// The row's dialect; only while a test function (or init/cleanup) runs.
inline refserver::Dialect rowDialect()
{
    QFETCH_GLOBAL(QString, dialect);
    return refserver::dialectNamed(dialect).value_or(refserver::Dialect::Contract);
}

inline QString rowDialectName()
{
    return refserver::wireName(rowDialect());
}

inline bool platformRow()
{
    return rowDialect() == refserver::Dialect::Platform;
}

// The reference server's options for the row (the rest as given).
inline refserver::RefServerOptions rowServerOptions(refserver::RefServerOptions options = {})
{
    options.dialect = rowDialect();
    return options;
}

// The demo learner's courses: 1 and 2, and in the platform dialect course 4 "Tour of the platform" too (with a
// lesson of the unknown type `video`).
inline QList<qint64> demoLearnerCourses()
{
    return platformRow() ? QList<qint64>{1, 2, 4} : QList<qint64>{1, 2};
}

// The members of demo course 1 as the dashboard lists them: the creator and seven learners, and in the platform
// dialect paula, whose join status is payment_waiting.
inline int demoCourse1Members()
{
    return platformRow() ? 9 : 8;
}

} // namespace coursedesk::test

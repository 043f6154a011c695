#pragma once

#include <QStringList>

namespace coursedesk::schema {

// Migrations: steps()[n] takes a database from user_version n to n + 1. Never edit a step that has
// shipped; add a new one.
const QList<QStringList> &steps();

} // namespace coursedesk::schema

#pragma once

#include <QString>
#include <QStringList>

namespace coursedesk {

// CSV as RFC 4180 says (CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes
// doubled), and safe to open in a spreadsheet: a cell starting with =, +, - or @ is prefixed with '
// so it is never run as a formula.
class Csv final
{
public:
    static QString field(const QString &value);
    static QString row(const QStringList &fields);
};

} // namespace coursedesk

// Fixture for the translations/check_* tests, never compiled: a file-local tr() helper called from a
// free function. lupdate records the string in the namespace's context ("coursedesk"), the helper looks
// it up in "coursedesk::Mismatch": it would never be translated, and the check must say so.
#include <QCoreApplication>

namespace coursedesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::Mismatch", text);
}

QString message()
{
    return tr("Recorded in the namespace's context");
}

} // namespace
} // namespace coursedesk

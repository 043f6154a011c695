#pragma once

// Widgets found as a user or an assistive tool finds them: by their object names, under a window or a dialog. The
// classes under test keep their widgets to themselves; tests reach them through these.
#include <QAbstractItemView>
#include <QAnyStringView>
#include <QLabel>
#include <QObject>
#include <QString>
#include <QTest>
#include <QTextDocumentFragment>

#include <cstdio>
#include <source_location>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

namespace detail {

inline QString describe(const QObject *object)
{
    const QString name = object->objectName();
    const QString type = QString::fromLatin1(object->metaObject()->className());
    return name.isEmpty() ? type : type + u" \"" + name + u'"';
}

// Fails the running test at the caller's line; outside a test (the screenshots, a benchmark) says why on stderr.
inline void fail(const QString &message, const std::source_location &where)
{
    if (QTest::currentTestFunction())
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    else
        std::fprintf(stderr, "%s:%u: %s\n", where.file_name(), unsigned(where.line()), qPrintable(message));
}

} // namespace detail

// The one T named `name` among the descendants of `root`. When there is none, or more than one, the test fails at
// the caller's line with a message that says so, and the result is null (none) or the first one; check it with
// QVERIFY where the test goes on without it.
template <typename T = QWidget>
T *named(const QObject *root, QAnyStringView name, std::source_location where = std::source_location::current())
{
    const QString wanted = name.toString();
    const QList<T *> found = root ? root->findChildren<T *>(wanted) : QList<T *>();
    if (found.size() != 1) {
        const QString what = QString::fromLatin1(T::staticMetaObject.className());
        detail::fail(u"%1 %2 named \"%3\" under %4"_s.arg(found.isEmpty() ? u"no"_s : QString::number(found.size()),
                                                          what, wanted, root ? detail::describe(root) : u"nothing"_s),
                     where);
    }
    return found.value(0);
}

// The model a view shows, as the class the test needs; the test fails when the view shows another kind of model.
template <typename Model>
Model *modelOf(const QAbstractItemView *view, std::source_location where = std::source_location::current())
{
    Model *model = view ? qobject_cast<Model *>(view->model()) : nullptr;
    if (!model) {
        detail::fail(u"%1 shows no %2"_s.arg(view ? detail::describe(view) : u"no view"_s,
                                             QString::fromLatin1(Model::staticMetaObject.className())),
                     where);
    }
    return model;
}

// A label's text as the user sees it: empty while the label is hidden in `window`.
inline QString shownText(const QLabel *label, const QWidget *window)
{
    return label && label->isVisibleTo(window) ? label->text() : QString();
}

// A label's text as the user reads it, rich text stripped of its markup.
inline QString plainText(const QLabel *label)
{
    return label ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : QString();
}

} // namespace coursedesk::test

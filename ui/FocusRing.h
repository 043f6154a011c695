#pragma once

#include <QPointer>
#include <QWidget>

namespace coursedesk {

// Shows which list, tree or text has the keyboard focus: a ring in the palette's highlight colour over the focused
// view's frame (the style marks a focused button, check box or field itself, but draws nothing for a view that has
// the focus). One per window; it follows the focus.
class FocusRing final : public QWidget
{
    Q_OBJECT

public:
    explicit FocusRing(QWidget *window);

    QWidget *target() const { return m_target; }
    static bool wantsRing(const QWidget *widget); // lists, trees, tables and text views

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focused);
    void place();

    QWidget *m_window;
    QPointer<QWidget> m_target;
};

} // namespace coursedesk

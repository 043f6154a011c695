#pragma once

#include <QString>

class QLabel;
class QTreeView;
class QWidget;

namespace coursedesk {

// What assistive tools (a screen reader) need beyond Qt's defaults: a status text that changed, said at once; the
// focus on a view's current item. Qt 6.4 has no QAccessibleAnnouncementEvent (6.8): a changed text is a
// NameChanged event of the label (whose accessible name is its text), and what must be heard at once (a grade, a
// failure, a rejection, an unlock, a form error) is also an Alert event of it.
namespace Accessibility {

// The label's text changed: its accessible name follows it (no fixed name), and tools hear of the change.
void textChanged(QWidget *label);
// As textChanged, and an Alert: something the user must hear now. Nothing for an empty or hidden text.
void announce(QWidget *label);
// Sets a status label's text and tells tools; `urgent` as announce. Nothing is sent when the text is the same.
void setStatusText(QLabel *label, const QString &text, bool urgent = false);
// Moves the keyboard focus into a tree view onto its current item (the first row when there is none), and says so
// to tools for that item, not only for the view.
void focusCurrentItem(QTreeView *view);
// A button's text without its mnemonic '&' and the "…" it may end with: what a screen reader may call it.
QString visibleText(const QString &buttonText);

} // namespace Accessibility

} // namespace coursedesk

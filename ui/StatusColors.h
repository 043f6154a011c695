#pragma once

#include <QColor>

class QPalette;

namespace coursedesk {

// The colours of the states (completed, failed, locked, quiz, draft) for icons and result marks: darker shades on a
// light palette, lighter ones on a dark palette, so that each stays readable on the window's background.
struct StatusColors final
{
    QColor success;   // completed, passed, right
    QColor failure;   // failed, wrong, refused
    QColor locked;    // the lock
    QColor quiz;      // the quiz mark
    QColor draft;     // the draft's outline and pen
    QColor draftFill; // the draft's page
    QColor pageLine;  // a plain lesson's outline and lines
    QColor pageFill;  // a plain lesson's page
    QColor onColour;  // a glyph on a filled state colour (the check, the cross)

    // A palette is dark when its window colour is (the desktop's dark mode, or Preferences ▸ Appearance ▸ Dark).
    static bool isDark(const QPalette &palette);
    static StatusColors forPalette(const QPalette &palette);
    static StatusColors light();
    static StatusColors dark();
};

} // namespace coursedesk

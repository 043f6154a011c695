#include "StatusColors.h"

#include <QPalette>

namespace coursedesk {

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

StatusColors StatusColors::forPalette(const QPalette &palette)
{
    return isDark(palette) ? dark() : light();
}

StatusColors StatusColors::light()
{
    // On a light window (#efefef) and on white: each at least 4.5:1, readable as text too.
    return StatusColors{QColor(0x27, 0x67, 0x49), QColor(0xc5, 0x30, 0x30), QColor(0x5f, 0x6b, 0x7d),
                        QColor(0x80, 0x5a, 0xd5), QColor(0x97, 0x5a, 0x16), QColor(0xff, 0xfa, 0xf0),
                        QColor(0x4a, 0x55, 0x68), QColor(0xed, 0xf2, 0xf7), QColor(Qt::white)};
}

StatusColors StatusColors::dark()
{
    // On a near-black window (#202024): each at least 4.5:1; glyphs dark on the lighter fills.
    return StatusColors{QColor(0x68, 0xd3, 0x91), QColor(0xfc, 0x81, 0x81), QColor(0xa0, 0xae, 0xc0),
                        QColor(0xb7, 0x94, 0xf4), QColor(0xf6, 0xc4, 0x5a), QColor(0x3a, 0x30, 0x1c),
                        QColor(0xcb, 0xd5, 0xe0), QColor(0x2d, 0x37, 0x48), QColor(0x1a, 0x20, 0x2c)};
}

} // namespace coursedesk

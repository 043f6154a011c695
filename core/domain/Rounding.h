#pragma once

#include <QtGlobal>

namespace coursedesk {

// round(numerator × scale / denominator), half up, in integers (no floating-point surprises at .5).
// A zero or negative denominator gives 0: an empty course is 0 %.
constexpr int roundedRatio(qint64 numerator, qint64 denominator, qint64 scale)
{
    if (denominator <= 0)
        return 0;
    return int((2 * numerator * scale + denominator) / (2 * denominator));
}

} // namespace coursedesk

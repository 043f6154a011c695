#include "remote/ApiError.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::BadReply: // a truncated or garbled reply: the request may or may not have landed; retry is safe
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429;
    case Kind::TooLarge:
    case Kind::Insecure:
    case Kind::CrossOriginRedirect:
    case Kind::Cancelled:
        break;
    }
    return false;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::BadReply:
        return u"bad_reply"_s;
    case Kind::TooLarge:
        return u"too_large"_s;
    case Kind::Insecure:
        return u"insecure"_s;
    case Kind::CrossOriginRedirect:
        return u"cross_origin_redirect"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

Error ApiError::toError() const
{
    QString code = serverCode;
    if (code.isEmpty())
        code = kind == Kind::Http ? u"http_%1"_s.arg(httpStatus) : kindName();
    return Error{code, message};
}

} // namespace coursedesk

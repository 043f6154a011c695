#include "remote/ApiError.h"

#include "domain/WireNames.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kinds = wireNames<ApiError::Kind>({
    {ApiError::Kind::Network, u"network"},
    {ApiError::Kind::Timeout, u"timeout"},
    {ApiError::Kind::Http, u"http"},
    {ApiError::Kind::BadReply, u"bad_reply"},
    {ApiError::Kind::TooLarge, u"too_large"},
    {ApiError::Kind::Insecure, u"insecure"},
    {ApiError::Kind::CrossOriginRedirect, u"cross_origin_redirect"},
    {ApiError::Kind::Cancelled, u"cancelled"},
});

} // namespace

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
    return kinds.name(kind);
}

Error ApiError::toError() const
{
    QString code = serverCode;
    if (code.isEmpty())
        code = kind == Kind::Http ? u"http_%1"_s.arg(httpStatus) : kindName();
    return Error{code, message};
}

} // namespace coursedesk

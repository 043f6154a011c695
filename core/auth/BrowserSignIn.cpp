#include "auth/BrowserSignIn.h"

#include "domain/Logging.h"

#include "auth/Pkce.h"

#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace coursedesk {


using namespace Qt::StringLiterals;

namespace {

// Qt 6.4 keeps buildAuthenticateUrl protected; the flow is used for the URL only (see the header).
class AuthorizationUrlBuilder final : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::buildAuthenticateUrl;
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
};

const QString callbackPath = u"coursedesk-sign-in"_s;

} // namespace

BrowserSignIn::BrowserSignIn(ApiClient &api, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = std::max(1, m_options.timeoutMs / 60000);
        finish(Error{u"timeout"_s,
                     tr("No answer came from the browser within %n minute(s). Try again.", nullptr, minutes)});
    });
}

BrowserSignIn::~BrowserSignIn()
{
    // The listener and the flow are children: they go with us. No callback after destruction.
    m_done = nullptr;
}

quint16 BrowserSignIn::listenerPort() const
{
    return m_listener && m_listener->isListening() ? m_listener->port() : 0;
}

void BrowserSignIn::start(Done done)
{
    if (isRunning())
        return done(Error{u"busy"_s, tr("A sign-in in the browser is already waiting.")});
    m_done = std::move(done);
    ++m_attempt;

    // Loopback only: 6.4's default is every interface, which would let the network reach the callback.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_options.redirectPort, this);
    if (!m_listener->isListening()) {
        if (m_options.redirectPort != 0) {
            return finish(Error{u"listener"_s, tr("CourseDesk cannot listen for the browser's answer on 127.0.0.1 port "
                                                  "%1, which your community's sign-in needs: another program is "
                                                  "using it. Close that program and sign in again.")
                                                   .arg(m_options.redirectPort)});
        }
        return finish(Error{u"listener"_s, tr("CourseDesk cannot listen for the browser's answer on this computer "
                                              "(no free port on 127.0.0.1).")});
    }
    m_listener->setCallbackPath(callbackPath);
    m_listener->setCallbackText(tr("CourseDesk has your answer. You can close this page and return to CourseDesk."));

    m_verifier = Pkce::newVerifier();
    m_state = QString::fromLatin1(Pkce::newState());
    const QByteArray challenge = Pkce::challenge(m_verifier);

    auto *flow = new AuthorizationUrlBuilder(this);
    m_flow = flow;
    m_flow->setClientIdentifier(m_api.clientId());
    m_flow->setAuthorizationUrl(m_api.authorizeUrl());
    m_flow->setAccessTokenUrl(m_api.tokenUrl());
    m_flow->setReplyHandler(m_listener);
    m_flow->setState(m_state); // 6.4's own state is weak
    m_flow->setModifyParametersFunction(
        [challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            parameters->replace(u"code_challenge"_s, QString::fromLatin1(challenge));
            parameters->replace(u"code_challenge_method"_s, u"S256"_s);
            parameters->remove(u"scope"_s); // none asked for: the server's default
        });
    // Only the URL comes from the flow: grant() is not called, so the flow never exchanges the code itself.
    m_redirectUri = m_listener->callback();
    m_authorizationUrl = flow->buildAuthenticateUrl();
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::onCallback);

    qCDebug(lcAuth) << "waiting for the browser's answer on 127.0.0.1 port" << m_listener->port();
    m_timeout.start(m_options.timeoutMs);
    emit authorizationUrlReady(m_authorizationUrl);
}

void BrowserSignIn::cancel()
{
    if (isRunning())
        finish(Error{u"cancelled"_s, tr("The sign-in was cancelled.")});
}

void BrowserSignIn::onCallback(const QVariantMap &answer)
{
    if (!isRunning() || !m_listener || !m_listener->isListening())
        return;
    const QString error = answer.value(u"error"_s).toString();
    const QString code = answer.value(u"code"_s).toString();
    const QString state = answer.value(u"state"_s).toString();
    if (error.isEmpty() && code.isEmpty() && state.isEmpty())
        return; // not an OAuth answer (a stray request to the listener): keep waiting
    // One answer per sign-in: the listener stops taking connections (it finishes answering this one).
    m_listener->close();
    m_timeout.stop();
    if (state != m_state) {
        qCWarning(lcAuth) << "browser answer refused: its state does not match this sign-in";
        return finish(Error{u"state_mismatch"_s, tr("The answer that reached CourseDesk does not belong to this "
                                                    "sign-in, so it was refused. Sign in again.")});
    }
    if (!error.isEmpty()) {
        const QString description = answer.value(u"error_description"_s).toString();
        return finish(
            Error{u"denied"_s,
                  tr("The server did not allow the sign-in: %1").arg(description.isEmpty() ? error : description)});
    }
    if (code.isEmpty())
        return finish(Error{u"no_code"_s, tr("The server's answer carried no authorization code. Sign in again.")});

    const quint64 attempt = m_attempt;
    m_api.authorizationCodeGrant(code, redirectUri(), m_verifier, [this, attempt](ApiResult<TokenSet> tokens) {
        if (attempt != m_attempt || !isRunning())
            return; // cancelled meanwhile
        if (!tokens) {
            Error failure = tokens.error().toError();
            failure.message = tr("The server did not accept the sign-in: %1").arg(tokens.error().message);
            return finish(failure);
        }
        finish(std::move(tokens).value());
    });
}

void BrowserSignIn::finish(Result<TokenSet> result)
{
    m_timeout.stop();
    ++m_attempt;
    m_verifier.fill('\0');
    m_verifier.clear();
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater(); // it may be inside its own signal
    }
    if (m_flow)
        m_flow->deleteLater();
    if (!result)
        qCDebug(lcAuth) << "browser sign-in ended:" << result.error().code;
    Done done = std::exchange(m_done, nullptr);
    if (done)
        done(std::move(result));
}

} // namespace coursedesk

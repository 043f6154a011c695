#pragma once

// A loopback HTTP server that records the target of every request ("/api/v2/course/?limit=50&offset=0") and answers
// each with the same status line and JSON body: what a client puts on the wire, byte for byte, and how it reads
// a reply no reference server sends, without a real server.
#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace coursedesk::test {

class RequestCapture final : public QObject
{
public:
    explicit RequestCapture(QByteArray body = R"({"count": 0, "next": null, "previous": null, "results": []})",
                            QByteArray statusLine = "HTTP/1.1 200 OK")
        : m_body(std::move(body))
        , m_statusLine(std::move(statusLine))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // The request targets received so far, in order: the path and the query as sent.
    const QStringList &targets() const { return m_targets; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            m_targets.append(QString::fromLatin1(requestLine.value(1)));
            buffer->clear();
            socket->write(m_statusLine + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_statusLine;
    QStringList m_targets;
};

} // namespace coursedesk::test

// MlflowServer: a QAbstractHttpServer on a worker thread that hands each request to MlflowRoutes.
#include "core/tracking/mlflow_server.h"

#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tracking/mlflow_routes.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace atelier {

namespace {

constexpr int ChangeNoticeIntervalMs = 250;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

// Sends the ACK of whatever arrived on `descriptor` now instead of up to 40 ms later (Linux).
void acknowledgeAtOnce(qintptr descriptor)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(descriptor);
#endif
}

// Accepts connections with the options a request/reply protocol wants, before the first byte.
// A client that writes a request's headers and its body separately without TCP_NODELAY (Qt's
// QNetworkAccessManager does) holds the body back until the headers are acknowledged, and a
// delayed ACK made each such request wait about 40 ms: every arrival is acknowledged at once.
// Replies go out in several writes (status line and headers, then the body): no Nagle delay.
class TcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        acknowledgeAtOnce(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [descriptor] { acknowledgeAtOnce(descriptor); });
        addPendingConnection(socket);
    }
};

// Qt's server parses HTTP; this turns a parsed request into an MlflowCall and the reply back.
class HttpServer : public QAbstractHttpServer
{
public:
    HttpServer(MlflowRoutes &routes, std::function<void()> afterRequest, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_routes(routes)
        , m_afterRequest(std::move(afterRequest))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QUrl url = request.url();
        const MlflowCall call{methodName(request.method()), url.path(QUrl::FullyDecoded),
                              url.query(QUrl::FullyEncoded).toUtf8(), request.body()};
        const MlflowReply reply = m_routes.handle(call);
        send(reply, makeResponder(request, socket));
        m_afterRequest();
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static void send(const MlflowReply &reply, QHttpServerResponder responder)
    {
        const auto status = QHttpServerResponder::StatusCode(reply.status);
        if (reply.filePath.isEmpty()) {
            responder.write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}}, status);
            return;
        }
        // Streamed in chunks by the responder, which takes the file over.
        auto *file = new QFile(reply.filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            delete file;
            responder.write(QHttpServerResponder::StatusCode::InternalServerError);
            return;
        }
        QByteArray disposition = QByteArrayLiteral("attachment");
        for (const auto &[name, value] : reply.headers) {
            if (name.compare("Content-Disposition", Qt::CaseInsensitive) == 0)
                disposition = value;
        }
        responder.write(file,
                        {{QByteArrayLiteral("Content-Type"), reply.contentType},
                         {QByteArrayLiteral("Content-Disposition"), disposition},
                         {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}},
                        status);
    }

    MlflowRoutes &m_routes;
    std::function<void()> m_afterRequest;
};

} // namespace

// Everything that touches the store or the sockets, created and destroyed on the server's thread.
class MlflowServer::Worker : public QObject
{
public:
    explicit Worker(MlflowServer *owner) : m_owner(owner) {}

    Result<quint16> open(const QString &projectFolder, quint16 port)
    {
        auto db = Project::connect(projectFolder);
        if (!db)
            return fail(db.error());
        m_db = std::move(*db);
        m_audit = std::make_unique<AuditLog>(*m_db, Project::currentActor());
        m_blobs = std::make_unique<BlobStore>(QDir(projectFolder).filePath(Project::blobsFolderName()));
        m_routes = std::make_unique<MlflowRoutes>(*m_db, *m_audit, *m_blobs);
        m_noticeTimer.setSingleShot(true);
        m_noticeTimer.setInterval(ChangeNoticeIntervalMs);
        QObject::connect(&m_noticeTimer, &QTimer::timeout, this, [this] { sendChangeNotices(); });
        m_server = new HttpServer(*m_routes, [this] { gatherChanges(); }, this);
        auto *tcp = new TcpServer(m_server);
        if (!tcp->listen(QHostAddress::LocalHost, port))
            return fail(MlflowServer::tr("Could not listen on 127.0.0.1:%1 for the tracking server. Choose "
                                         "another port, or 0 for any free one.").arg(port));
        m_server->bind(tcp);
        return tcp->serverPort();
    }

private:
    void gatherChanges()
    {
        const QStringList runs = m_routes->takeChangedRuns();
        const bool experiments = m_routes->takeExperimentsChanged();
        if (runs.isEmpty() && !experiments)
            return;
        m_changedRuns.unite(QSet<QString>(runs.cbegin(), runs.cend()));
        m_experimentsChanged = m_experimentsChanged || experiments;
        if (!m_noticeTimer.isActive())
            m_noticeTimer.start();
    }

    // Emitted from this thread; receivers on other threads get them queued.
    void sendChangeNotices()
    {
        if (m_experimentsChanged)
            emit m_owner->experimentsChanged();
        if (!m_changedRuns.isEmpty())
            emit m_owner->runsChanged(QStringList(m_changedRuns.cbegin(), m_changedRuns.cend()));
        m_changedRuns.clear();
        m_experimentsChanged = false;
    }

    MlflowServer *m_owner;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<MlflowRoutes> m_routes;
    HttpServer *m_server = nullptr; // a child
    QTimer m_noticeTimer{this};
    QSet<QString> m_changedRuns;
    bool m_experimentsChanged = false;
};

MlflowServer::MlflowServer(QObject *parent)
    : QObject(parent)
{}

MlflowServer::~MlflowServer()
{
    stop();
}

Result<quint16> MlflowServer::start(const QString &projectFolder, quint16 port)
{
    if (isRunning())
        return fail(tr("The tracking server is already running on port %1. Stop it first.").arg(m_port));
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("atelier-mlflow-server"));
    m_worker = new Worker(this);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    Result<quint16> opened = fail(QString());
    QMetaObject::invokeMethod(m_worker, [&] { opened = m_worker->open(projectFolder, port); },
                              Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return fail(withContext(tr("Could not start the tracking server for %1").arg(projectFolder),
                                opened.error()));
    }
    m_port = *opened;
    return m_port;
}

void MlflowServer::stop()
{
    if (!m_thread)
        return;
    // The worker is deleted on its thread as the thread finishes (see start()), closing the
    // sockets and the connection there.
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
    m_port = 0;
}

QString MlflowServer::url() const
{
    return isRunning() ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

} // namespace atelier

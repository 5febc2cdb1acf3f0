// MlflowServer: the built-in MLflow tracking server, on 127.0.0.1 and on a thread of its own.
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace atelier {

// The server opens its own connection to the project's store on its thread, so every write from
// training scripts goes through that one queue while views read on their own connections (WAL).
// Requests are answered one after another on that thread (Qt HttpServer 6.4 handles each
// synchronously); a log-batch of 1,000 points is one transaction.
class MlflowServer : public QObject
{
    Q_OBJECT

public:
    explicit MlflowServer(QObject *parent = nullptr);
    ~MlflowServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port) for the project in `projectFolder`, which
    // must exist and be at the current schema (Project::open upgrades it). Returns the port.
    [[nodiscard]] Result<quint16> start(const QString &projectFolder, quint16 port = 0);
    // Stops listening and closes the connection; requests under way finish first.
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT": what MLFLOW_TRACKING_URI is set to; empty when stopped.
    QString url() const;

signals:
    // Runs that scripts created or wrote to, gathered over a quarter of a second so that views
    // following live runs refresh a few times a second at most.
    void runsChanged(const QStringList &runIds);
    void experimentsChanged();

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there
    quint16 m_port = 0;
};

} // namespace atelier

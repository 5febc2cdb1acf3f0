// A small blocking HTTP client for the tracking server tests: one request at a time, JSON in and out.
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace atelier::testing {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentDisposition;
    QJsonObject json; // the body parsed, when it is a JSON object
};

// Sends requests as MLflow's Python client does: POST with a JSON body, GET with the fields in
// the query, PUT with raw bytes. Waits for each reply (at most 30 s).
class MlflowHttp
{
public:
    explicit MlflowHttp(QString baseUrl) : m_base(std::move(baseUrl)) {}

    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest request(QUrl(m_base + pathAndQuery));
        request.setTransferTimeout(30000);
        if (!body.isEmpty() || method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.contentDisposition = reply->rawHeader("Content-Disposition");
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

    // POST /api/2.0/mlflow/<endpoint> with `body` as JSON.
    HttpReply post(const QString &endpoint, const QJsonObject &body)
    {
        return send("POST", QStringLiteral("/api/2.0/mlflow/") + endpoint,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    HttpReply postRaw(const QString &endpoint, const QByteArray &body)
    {
        return send("POST", QStringLiteral("/api/2.0/mlflow/") + endpoint, body);
    }

    // GET /api/2.0/mlflow/<endpoint>?<query>, the query already encoded.
    HttpReply get(const QString &endpoint, const QString &query)
    {
        return send("GET", QStringLiteral("/api/2.0/mlflow/") + endpoint + u'?' + query);
    }

private:
    QString m_base;
    QNetworkAccessManager m_manager;
};

} // namespace atelier::testing

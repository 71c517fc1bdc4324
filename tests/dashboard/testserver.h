#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/// A real tableside-server process for dashboard tests and benchmarks: its own data folder,
/// staff PINs, start/stop/restart on the same port, pause (SIGSTOP) to simulate a dead link, and
/// small synchronous REST helpers that act as a guest (orders, waiter calls).
class TestServer
{
public:
    TestServer();
    ~TestServer();

    /// `tableside-server staff add` before start(); returns false on failure.
    bool addStaff(const QString &name, const QString &pin,
                  const QString &role = QStringLiteral("waiter"));
    /// Starts on @p port (0 = a free one), waits for "Tableside Server listening on …".
    bool start(quint16 port = 0);
    void stop();
    /// Stops and starts again on the same port with the same data.
    bool restart();
    void pause();
    void resume();

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString dataDir() const { return m_dir.path(); }
    QString lastError() const { return m_error; }

    /// A synchronous request; @p status receives the HTTP status (0 = no answer).
    QJsonObject request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                        const QString &token = {}, int *status = nullptr) const;
    QString login(const QString &pin) const;
    /// Ids of orderable products from GET /api/menu.
    QList<qint64> productIds() const;
    /// POST /api/orders/create; returns the created order JSON (empty on failure).
    QJsonObject createOrder(int table, int lines = 2, const QString &notes = {}) const;
    /// POST /api/waiter-call; returns the created call JSON (empty on failure).
    QJsonObject createCall(int table, const QString &type = QStringLiteral("payment_cash"),
                           const QString &message = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
    mutable QList<qint64> m_products;
};

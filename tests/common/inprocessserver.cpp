#include "inprocessserver.h"

#include "rawhttpclient.h"
#include "teststore.h"

using tableside::StaffRole;
using tableside::server::ServerSettings;
using tableside::server::Store;
using tableside::server::TablesideServer;

InProcessServer::InProcessServer(ServerSettings settings, const QString &dataDir, Tls tls)
{
    settings.dataDir = dataDir.isEmpty() ? m_dir.path() : dataDir;
    // On the back end this run tests (testdatabase.h), unless the test chose one.
    if (!settings.database.isPostgres())
        settings.database = tableside::server::testkit::testDatabaseSettings(settings.dataDir);
    // Tests order for any table without opening its signed link, unless they ask for links.
    if (!settings.requireTableToken)
        settings.requireTableToken = false;
    settings.tlsMode = tls == Tls::On ? ServerSettings::TlsMode::On : ServerSettings::TlsMode::Off;
    // No scheduled backups (a start-up backup-status event would shift the seqs suites expect);
    // backup tests call server().backups().backUpNow().
    settings.backupEnabled = false;
    m_server = std::make_unique<TablesideServer>(settings);
    QString error;
    if (!m_server->open(&error))
        qWarning() << "open failed" << error;
    const bool listening = tls == Tls::On
        ? m_server->listenGuestAndStaff(QHostAddress::LocalHost, 0, 0)
        : m_server->listen(QHostAddress::LocalHost, 0);
    if (!listening)
        qWarning() << "listen failed" << m_server->errorString();
    Store &store = m_server->store();
    if (store.staffList().size() == 1) {
        store.addStaff(QStringLiteral("Maria"), QStringLiteral("1111"), StaffRole::Manager);
        store.addStaff(QStringLiteral("Ivan"), QStringLiteral("2222"), StaffRole::Waiter);
        store.addStaff(QStringLiteral("Petar"), QStringLiteral("3333"), StaffRole::Kitchen);
        store.flush();
    }
}

InProcessServer::~InProcessServer() = default;

ServerSettings InProcessServer::unlimitedSettings()
{
    ServerSettings settings;
    settings.guestWritesPerMinute = 0;
    settings.tableOrdersPerMinute = 0;
    settings.tableCallsPerMinute = 0;
    return settings;
}

Store &InProcessServer::store()
{
    return m_server->store();
}

quint16 InProcessServer::port() const
{
    return m_server->port();
}

quint16 InProcessServer::staffPort() const
{
    return m_server->staffPort();
}

QByteArray InProcessServer::login(const QString &pin)
{
    RawHttpClient client(port());
    const HttpReply reply
        = client.post(QStringLiteral("/api/staff/login"), {{QStringLiteral("pin"), pin}});
    return reply.json().value(QStringLiteral("token")).toString().toLatin1();
}

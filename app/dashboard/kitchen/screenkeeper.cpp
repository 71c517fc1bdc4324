#include "screenkeeper.h"

#include "logging.h"

#include <QCoreApplication>

#if defined(TABLESIDE_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace tableside::dashboard {

namespace {
#if defined(TABLESIDE_HAVE_QTDBUS)
const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString Path = QStringLiteral("/org/freedesktop/ScreenSaver");
#endif
} // namespace

ScreenKeeper::ScreenKeeper(QObject *parent)
    : QObject(parent)
{ }

ScreenKeeper::~ScreenKeeper()
{
    release();
}

void ScreenKeeper::keepAwake()
{
#if defined(Q_OS_WIN)
    SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED);
    m_inhibiting = true;
    return;
#elif defined(TABLESIDE_HAVE_QTDBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    const bool available = bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(Service).value();
    if (!available) {
        m_inhibiting = false;
        if (!m_reportedUnavailable)
            qCInfo(lcUi) << "Kitchen: no org.freedesktop.ScreenSaver on the session bus; keep the "
                            "display awake in its own settings (see docs/kitchen.md)";
        m_reportedUnavailable = true;
        return;
    }
    if (m_inhibiting)
        return; // the inhibit lasts as long as our bus connection
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << QStringLiteral("Kitchen display");
    const QDBusReply<quint32> reply = bus.call(call, QDBus::Block, 2'000);
    m_inhibiting = reply.isValid();
    m_cookie = reply.isValid() ? reply.value() : 0;
    qCInfo(lcUi) << "Kitchen: screen saver inhibit" << (m_inhibiting ? "granted" : "refused");
#else
    if (!m_reportedUnavailable)
        qCInfo(lcUi) << "Kitchen: no screen-saver inhibit on this platform; keep the display "
                        "awake in its own settings (see docs/kitchen.md)";
    m_reportedUnavailable = true;
#endif
}

void ScreenKeeper::release()
{
#if defined(Q_OS_WIN)
    if (m_inhibiting)
        SetThreadExecutionState(ES_CONTINUOUS);
#elif defined(TABLESIDE_HAVE_QTDBUS)
    if (m_inhibiting) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("UnInhibit"));
        call << m_cookie;
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    }
#endif
    m_inhibiting = false;
}

} // namespace tableside::dashboard

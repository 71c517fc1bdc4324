#include "kitchenclient.h"

using tableside::dashboard::KitchenSettings;
using tableside::dashboard::KitchenWindow;

KitchenClient::KitchenClient(KitchenSettings kitchen)
    : m_kitchen(std::move(kitchen))
{ }

// The window goes first, then the client stops its session.
KitchenClient::~KitchenClient() = default;

bool KitchenClient::signIn(const QUrl &server, const QString &pin, int timeoutMs)
{
    if (!m_client.signIn(server, pin, timeoutMs))
        return false;
    m_window = std::make_unique<KitchenWindow>(&m_client.session(), m_kitchen);
    m_window->resize(1920, 1080);
    m_window->show();
    return true;
}

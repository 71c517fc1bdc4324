#pragma once

#include "pusherclient.h"
#include "syncengine.h"

#include <QLabel>
#include <QTimer>

namespace tableside::dashboard {

/// Always-visible connection state: "Connected", "Syncing…", "Reconnecting in N s",
/// "Offline since hh:mm", with a coloured dot.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    ConnectionIndicator(PusherClient *pusher, SyncEngine *sync, QWidget *parent = nullptr);

    /// The text without the dot (for tests and the log).
    QString stateText() const { return m_stateText; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    PusherClient *m_pusher;
    SyncEngine *m_sync;
    QTimer m_ticker;
    QString m_stateText;
};

} // namespace tableside::dashboard

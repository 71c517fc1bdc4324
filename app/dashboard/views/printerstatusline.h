#pragma once

#include "staffevent.h"

#include <QLabel>
#include <QMap>

namespace tableside::dashboard {

class StaffApi;
class SyncEngine;

/// A line under the top bar (dashboard) or above the board (kitchen screen) while a ticket
/// printer is not ok: "Printer kitchen: out of paper". Hidden when every printer is fine.
class PrinterStatusLine : public QLabel
{
    Q_OBJECT
public:
    PrinterStatusLine(StaffApi *api, SyncEngine *sync, QWidget *parent = nullptr);

    /// Printer name → state ("ok", "offline", "paper_out", "error", "unknown").
    QMap<QString, QString> states() const { return m_states; }

private:
    void refetch();
    void apply(const QString &printer, const QString &state, const QString &message);
    void refresh();

    StaffApi *m_api;
    QMap<QString, QString> m_states;
    QMap<QString, QString> m_messages;
};

} // namespace tableside::dashboard

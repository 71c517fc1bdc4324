#pragma once

#include "database.h"

#include <QByteArray>
#include <QList>

namespace tableside::server {

class SettingsRepository;

/// The keys of the signed table links: the server's secret (a settings row, made once) and each
/// table's key generation (table_link_keys), read from committed data on every check so that a
/// rotation by `tableside-server table-links --rotate` takes effect at once in a running server.
class TableLinkRepository
{
public:
    TableLinkRepository(Database &database, SettingsRepository &settings);

    /// The secret's raw bytes (empty before ensureSecret() committed).
    QByteArray secret();
    /// Table @p table's key generation: 1 until it is rotated.
    int generation(int table);
    /// The decision stored when the schema step ran (true on a database made by this build).
    bool requireTokenByDefault();

    /// Inside a job: makes the secret when there is none yet. False when the write failed.
    bool ensureSecret();
    /// Inside a job: the next key generation for each of @p tables (their old links stop
    /// working).
    bool rotate(const QList<int> &tables);
    /// Inside a job: a new secret, so every table's old link stops working.
    bool rotateAll();

private:
    Database &m_db;
    SettingsRepository &m_settings;
};

} // namespace tableside::server

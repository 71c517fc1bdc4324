#pragma once

#include <QString>

/// Which back end a test's servers and stores use (issue 21: one test suite, two back ends):
/// the SQLite file in the data folder, or — when the environment says
/// TABLESIDE_TEST_DATABASE=postgres (CTest's "_postgres" variants) — a database of its own in
/// a throw-away PostgreSQL cluster that this test process starts on first use.
///
/// When PostgreSQL is asked for but cannot start here, the process prints a loud skip message
/// and exits with SkipExitCode, which CTest reports as skipped.
class TestDatabase
{
public:
    static constexpr int SkipExitCode = 77;

    static bool isPostgres();
    /// The database/url for a store in @p dataDir: "" on SQLite (the file in the folder); on
    /// PostgreSQL a new empty database the first time @p dataDir is asked for, the same one
    /// after (a store reopened on the same folder finds its data).
    static QString urlFor(const QString &dataDir);
    /// A new empty database whatever the folder (PostgreSQL), "" on SQLite.
    static QString freshUrl();
    /// Why a test that only makes sense on one back end skips on this one.
    static QString sqliteOnlyReason(const QString &what);
};

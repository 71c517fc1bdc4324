#include "staffcommand.h"

#include "commandlinebasics.h"
#include "commandstore.h"

#include "pinhasher.h"
#include "serversettings.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace tableside::server {

namespace {

void printLine(std::FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("tableside-server: ") + message);
    return ExitUsage;
}

int refused(const StoreError &error)
{
    printLine(stderr, QStringLiteral("tableside-server: ") + error.message);
    return ExitFailure;
}

int notStored()
{
    printLine(stderr, CommandLine::tr("tableside-server: the database could not store the change"));
    return ExitFailure;
}

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int list(Store &store)
{
    QHash<QString, QDateTime> locked;
    for (const LoginCounter &counter : store.loginLockouts())
        if (counter.scope == LoginCounter::Scope::Account)
            locked.insert(counter.subject, counter.lockedUntil);
    for (const Store::StaffRecord &record : store.staffList()) {
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(record.member.id)
                           .arg(record.member.name, toWireString(record.member.role));
        const auto until = locked.constFind(QString::number(record.member.id));
        if (until != locked.cend())
            line += u'\t' + CommandLine::tr("locked until %1").arg(localTime(*until));
        printLine(stdout, line);
    }
    return ExitOk;
}

int lockouts(Store &store)
{
    QHash<QString, QString> names;
    for (const Store::StaffRecord &record : store.staffList())
        names.insert(QString::number(record.member.id), record.member.name);
    for (const LoginCounter &counter : store.loginLockouts()) {
        const QString subject = counter.scope == LoginCounter::Scope::Account
            ? names.value(counter.subject, counter.subject)
            : counter.subject;
        printLine(stdout,
                  QStringLiteral("%1\t%2\t%3")
                      .arg(LoginCounter::scopeName(counter.scope), subject,
                           localTime(counter.lockedUntil)));
    }
    return ExitOk;
}

} // namespace

int runStaffCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption name(QStringLiteral("name"), CommandLine::tr("Staff member's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption pin(QStringLiteral("pin"), CommandLine::tr("6 to 8 digits."),
                                 QStringLiteral("PIN"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  CommandLine::tr("waiter, kitchen or manager."),
                                  QStringLiteral("ROLE"), QStringLiteral("waiter"));
    const QCommandLineOption allowShort(
        QStringLiteral("allow-short-pin"),
        CommandLine::tr("Accept a 4- or 5-digit PIN (its owner is asked to change it)."));
    const QCommandLineOption address(QStringLiteral("address"),
                                     CommandLine::tr("Client address to unlock."),
                                     QStringLiteral("ADDR"));
    CommandStore::addOptions(parser);
    parser.addOptions({name, pin, role, allowShort, address});
    const QStringList known
        = {QStringLiteral("add"),       QStringLiteral("list"),     QStringLiteral("remove"),
           QStringLiteral("reset-pin"), QStringLiteral("lockouts"), QStringLiteral("unlock")};
    if (!known.contains(action))
        return usageError(
            CommandLine::tr("staff: expected add, list, remove, reset-pin, lockouts or unlock"));
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("tableside-server staff");
    if (!parser.parse(rest))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            CommandLine::tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
    const bool unlockAddress = action == u"unlock" && parser.isSet(address);
    const bool needsName = action != u"list" && action != u"lockouts" && !unlockAddress;
    if (needsName && parser.value(name).trimmed().isEmpty())
        return usageError(CommandLine::tr("staff %1: --name NAME is required").arg(action));
    if (action == u"add" && !parser.isSet(pin))
        return usageError(CommandLine::tr("staff add: --pin PIN is required"));
    if (parser.isSet(pin)) {
        const QString value = parser.value(pin);
        if (!PinHasher::isValidPin(value))
            return usageError(CommandLine::tr("--pin: a PIN is 6 to 8 digits"));
        // Shorter PINs exist from older installations; new ones are longer unless asked.
        if (!PinHasher::isStrongPin(value) && !parser.isSet(allowShort))
            return usageError(CommandLine::tr("--pin: a PIN is 6 to 8 digits"));
    }
    const auto parsedRole = staffRoleFromWire(parser.value(role));
    if (!parsedRole)
        return usageError(CommandLine::tr("--role: expected waiter, kitchen or manager"));
    ServerSettings settings;
    QString error;
    if (!CommandStore::loadSettings(parser, &settings, &error))
        return usageError(error);

    Store store;
    if (!CommandStore::open(store, settings, &error)) {
        printLine(stderr, QStringLiteral("tableside-server: ") + error);
        return ExitFailure;
    }
    const QString who = parser.value(name).trimmed();
    if (action == u"list")
        return list(store);
    if (action == u"lockouts")
        return lockouts(store);
    if (action == u"add") {
        const auto added = store.addStaff(who, parser.value(pin), *parsedRole);
        if (!added.ok())
            return refused(added.error());
        if (!store.flush())
            return notStored();
        printLine(stdout,
                  CommandLine::tr("Added %1 (%2).")
                      .arg(added.value().name, toWireString(added.value().role)));
        return ExitOk;
    }
    if (action == u"remove") {
        const auto removed = store.removeStaff(who);
        if (!removed.ok())
            return refused(removed.error());
        if (!store.flush())
            return notStored();
        printLine(stdout, CommandLine::tr("Removed %1.").arg(who));
        return ExitOk;
    }
    if (action == u"unlock") {
        LoginCounter::Scope scope = LoginCounter::Scope::Address;
        QString subject = parser.value(address).trimmed();
        if (!unlockAddress) {
            const QList<Store::PinRecord> records = store.pinRecords(who);
            if (records.isEmpty())
                return refused({StoreError::Code::NotFound,
                                Store::tr("There is no staff member called %1.").arg(who),
                                {}});
            scope = LoginCounter::Scope::Account;
            subject = QString::number(records.first().member.id);
        }
        const auto cleared = store.clearLoginCounter(scope, subject);
        if (!cleared.ok())
            return refused(cleared.error());
        if (!store.flush())
            return notStored();
        const QString label = unlockAddress ? subject : who;
        printLine(stdout,
                  cleared.value() ? CommandLine::tr("Unlocked %1.").arg(label)
                                  : CommandLine::tr("%1 was not locked.").arg(label));
        return ExitOk;
    }
    // reset-pin: a new random PIN is printed when none is given.
    const QString newPin = parser.isSet(pin) ? parser.value(pin)
                                             : PinHasher::randomPin(PinHasher::MinimumNewPinDigits);
    const auto reset = store.resetPin(who, newPin);
    if (!reset.ok())
        return refused(reset.error());
    if (!store.flush())
        return notStored();
    printLine(stdout, CommandLine::tr("New PIN for %1 is %2.").arg(who, newPin));
    return ExitOk;
}

} // namespace tableside::server

#include "session/Accounts.h"

#include "session/SampleCourse.h"
#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::Accounts", text);
}

} // namespace

Accounts::Accounts(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString Accounts::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Accounts::isValidName(const QString &name)
{
    // Anchored on the whole string: '$' alone would also match before a trailing newline ("work\n").
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"_s));
    return pattern.match(name).hasMatch();
}

QString Accounts::databasePath(const QString &name) const
{
    return QDir(m_dataDir).filePath(name + u".sqlite"_s);
}

Result<QList<Account>> Accounts::list() const
{
    QFile file(QDir(m_dataDir).filePath(u"accounts.json"_s));
    if (!file.exists())
        return QList<Account>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"accounts"_s, tr("The account list %1 cannot be read: %2").arg(file.fileName(), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{u"accounts"_s, tr("The account list %1 is damaged (%2); it was left untouched.")
                                        .arg(file.fileName(), parseError.errorString())};
    }
    QList<Account> accounts;
    for (const QJsonValue &value : document.object().value(u"accounts"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Account account;
        account.name = object.value(u"name"_s).toString();
        account.local = object.value(u"local"_s).toBool();
        account.server = QUrl(object.value(u"server"_s).toString());
        account.userName = object.value(u"user"_s).toString();
        account.app.clientId = object.value(u"client_id"_s).toString();
        const int port = object.value(u"redirect_port"_s).toInt();
        account.app.redirectPort = port >= OAuthApp::lowestPort && port <= 65535 ? quint16(port) : 0;
        if (isValidName(account.name))
            accounts.append(account);
    }
    return accounts;
}

Status Accounts::save(const QList<Account> &accounts) const
{
    if (!QDir().mkpath(m_dataDir))
        return Error{u"accounts"_s, tr("The folder %1 cannot be created.").arg(m_dataDir)};
    QJsonArray list;
    for (const Account &account : accounts) {
        QJsonObject entry{{u"name"_s, account.name},
                          {u"local"_s, account.local},
                          {u"server"_s, account.server.toString()},
                          {u"user"_s, account.userName}};
        if (!account.app.clientId.isEmpty())
            entry.insert(u"client_id"_s, account.app.clientId);
        if (account.app.redirectPort != 0)
            entry.insert(u"redirect_port"_s, account.app.redirectPort);
        list.append(entry);
    }
    QSaveFile file(QDir(m_dataDir).filePath(u"accounts.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"accounts"_s, tr("The account list cannot be written: %1").arg(file.errorString())};
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"accounts"_s, list}}).toJson());
    if (!file.commit())
        return Error{u"accounts"_s, tr("The account list cannot be written: %1").arg(file.errorString())};
    return success();
}

Status OAuthApp::check() const
{
    // A client id is the server's token-like string: printable ASCII without spaces (RFC 6749, VSCHAR).
    for (const QChar c : clientId) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return Error{u"bad_client_id"_s,
                         QCoreApplication::translate("coursedesk::Accounts",
                                                     "The client ID may hold letters, digits and punctuation only, "
                                                     "without spaces. Copy it exactly as your community's "
                                                     "administrator gave it.")};
        }
    }
    if (clientId.size() > 255) {
        return Error{u"bad_client_id"_s,
                     QCoreApplication::translate("coursedesk::Accounts", "The client ID is too long.")};
    }
    if (redirectPort != 0 && redirectPort < lowestPort) {
        return Error{u"bad_redirect_port"_s,
                     QCoreApplication::translate("coursedesk::Accounts",
                                                 "The redirect port must be between %1 and 65535.")
                         .arg(lowestPort)};
    }
    return success();
}

Result<std::unique_ptr<CacheDatabase>> Accounts::openCache(const QString &name) const
{
    return CacheDatabase::open(databasePath(name));
}

Result<Account> Accounts::find(const QString &name) const
{
    Result<QList<Account>> accounts = list();
    if (!accounts)
        return accounts.error();
    for (const Account &account : *accounts) {
        if (account.name == name)
            return account;
    }
    return Error{u"unknown_account"_s, tr("There is no account named '%1'.").arg(name)};
}

Result<Account> Accounts::resolve(const QString &name) const
{
    if (!name.isEmpty())
        return find(name);
    Result<QList<Account>> accounts = list();
    if (!accounts)
        return accounts.error();
    if (accounts->size() == 1)
        return accounts->constFirst();
    if (accounts->isEmpty()) {
        return Error{u"no_account"_s,
                     tr("There is no account yet. Create the sample with 'coursedesk-cli sample' or add one.")};
    }
    QStringList names;
    for (const Account &account : *accounts)
        names << account.name;
    return Error{u"ambiguous_account"_s, tr("Several accounts exist (%1); choose one with --account.")
                                             .arg(names.join(u", "_s))};
}

Status Accounts::add(const Account &account)
{
    if (!isValidName(account.name)) {
        return Error{u"bad_account_name"_s, tr("'%1' is not a valid account name: use letters, digits, '.', '_' "
                                               "or '-', at most 64.")
                                                .arg(account.name)};
    }
    Result<QList<Account>> accounts = list();
    if (!accounts)
        return accounts.error();
    for (const Account &existing : *accounts) {
        if (existing.name == account.name)
            return Error{u"account_exists"_s, tr("An account named '%1' already exists.").arg(account.name)};
    }
    accounts.value().append(account);
    return save(*accounts);
}

Status Accounts::remove(const QString &name)
{
    Result<QList<Account>> accounts = list();
    if (!accounts)
        return accounts.error();
    const qsizetype removed = accounts.value().removeIf([&](const Account &a) { return a.name == name; });
    if (removed == 0)
        return Error{u"unknown_account"_s, tr("There is no account named '%1'.").arg(name)};
    if (Status saved = save(*accounts); !saved)
        return saved;
    const QString path = databasePath(name);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return success();
}

Result<Account> Accounts::ensureSample(const Clock &clock)
{
    const QString name = QString::fromLatin1(sampleAccountName);
    Result<Account> existing = find(name);
    if (existing)
        return existing;
    if (existing.error().code != u"unknown_account"_s)
        return existing.error();

    Result<std::unique_ptr<CacheDatabase>> db = openCache(name);
    if (!db)
        return db.error();
    const QDateTime now = clock.now();
    Result<Course> course = SampleCourse::load(now);
    if (!course)
        return course.error();
    CourseStore store(**db);
    Result<ImportReport> imported = store.importCourse(*course, now);
    if (!imported)
        return imported.error();
    if (Status ok = (*db)->setMeta(u"created_at"_s, now.toString(Qt::ISODateWithMs)); !ok)
        return ok.error();
    Account account{name, true, QUrl(), QString()};
    if (Status added = add(account); !added)
        return added.error();
    return account;
}

} // namespace coursedesk

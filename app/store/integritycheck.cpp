#include "store/integritycheck.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Entente {

bool IntegrityCheck::quickCheck(const QString &projectPath, QString *report)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("entente-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    QString found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            found = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                found = q.lastError().databaseText();
            } else {
                QStringList problems;
                while (q.next())
                    problems.append(q.value(0).toString());
                if (q.lastError().isValid())
                    problems.append(q.lastError().databaseText());
                ok = problems == QStringList{QStringLiteral("ok")};
                found = problems.mid(0, 3).join(QStringLiteral("; "));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (report)
        *report = ok ? QString() : found;
    return ok;
}

} // namespace Entente

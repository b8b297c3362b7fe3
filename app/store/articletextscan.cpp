#include "store/articletextscan.h"

#include "store/rows.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Entente {

bool ArticleTextScan::run(const QString &projectPath, const std::function<bool(const Article &)> &visit, QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("entente-scan-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        const auto failed = [&](const QString &why) {
            if (error)
                *error = QCoreApplication::translate("Entente::ArticleTextScan", "Cannot read the articles of “%1”: %2")
                             .arg(QDir::toNativeSeparators(projectPath), why);
            ok = false;
        };
        if (!db.open()) {
            failed(db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT ") + Rows::articleColumns + QStringLiteral(" FROM articles ORDER BY published, id"))) {
                failed(q.lastError().databaseText());
            } else {
                while (q.next())
                    if (!visit(Rows::articleFromQuery(q)))
                        break;
                if (q.lastError().isValid())
                    failed(q.lastError().databaseText());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Entente

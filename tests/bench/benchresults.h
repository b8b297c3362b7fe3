#pragma once

// Benchmark figures in one machine-readable place. record() prints "name: value unit" and
// merges {"name", "value", "unit"} into a JSON array: an entry with the same name is replaced
// in place, the others are kept. The file is ENTENTE_BENCH_RESULTS when that is set, else
// ENTENTE_BENCH_RESULTS_FILE (the build directory's bench-results.json, set by CMake), else
// bench-results.json in the working directory. Writes go through QSaveFile under a QLockFile,
// so a reader never sees half a file and two benchmarks running at once do not lose figures.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QString>

#include <cmath>
#include <cstdio>

namespace Entente::Bench {

/// The JSON file record() writes to.
inline QString resultsFile()
{
    const QString fromEnvironment = qEnvironmentVariable("ENTENTE_BENCH_RESULTS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef ENTENTE_BENCH_RESULTS_FILE
    return QStringLiteral(ENTENTE_BENCH_RESULTS_FILE);
#else
    return QDir::current().filePath(QStringLiteral("bench-results.json"));
#endif
}

/// @p value as printed: whole numbers without decimals, others with 6 significant digits.
inline QString formatValue(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 6);
}

/// Prints "name: value unit" and stores the figure in resultsFile(). A file that cannot be
/// read as a JSON array is replaced (with a warning); a failed write is reported on stderr.
inline void record(const QString &name, double value, const QString &unit)
{
    std::printf("%s: %s %s\n", qPrintable(name), qPrintable(formatValue(value)), qPrintable(unit));
    std::fflush(stdout);

    const QString path = resultsFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(30000)) {
        std::fprintf(stderr, "benchresults: could not lock %s; %s not stored\n", qPrintable(path), qPrintable(name));
        return;
    }

    QJsonArray entries;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll(), &error);
        if (doc.isArray())
            entries = doc.array();
        else
            std::fprintf(stderr, "benchresults: %s is not a JSON array (%s); starting a new one\n", qPrintable(path),
                         qPrintable(error.errorString()));
        existing.close();
    }

    QJsonObject entry;
    entry.insert(QStringLiteral("name"), name);
    entry.insert(QStringLiteral("value"), value);
    entry.insert(QStringLiteral("unit"), unit);
    bool replaced = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QStringLiteral("name")).toString() == name) {
            entries.replace(i, entry);
            replaced = true;
            break;
        }
    }
    if (!replaced)
        entries.append(entry);

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(entries).toJson(QJsonDocument::Indented)) < 0
        || !out.commit())
        std::fprintf(stderr, "benchresults: could not write %s: %s\n", qPrintable(path), qPrintable(out.errorString()));
}

} // namespace Entente::Bench

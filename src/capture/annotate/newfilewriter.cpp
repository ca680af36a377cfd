#include "capture/annotate/newfilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tierdesk {

namespace {
bool pathTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink(); // a dangling link is taken too
}
} // namespace

bool NewFileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (pathTaken(path)) {
        message = tr("%1 already exists; choose a new file name (an existing file is never overwritten).")
                      .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QFileInfo target(path);
    if (!target.dir().exists()) {
        message = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".tierdesk-XXXXXX.part")));
    if (!temporary.open()) {
        message = tr("Cannot write in %1: %2")
                      .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString());
        return false;
    }
    if (temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        message = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temporary.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    ::fsync(temporary.handle()); // the name must not appear before the bytes are on disk
#endif
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther);
    if (!temporary.rename(target.absoluteFilePath())) {
        message =
            pathTaken(path)
                ? tr("%1 appeared while saving; it was left as it is.").arg(QDir::toNativeSeparators(path))
                : tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), temporary.errorString());
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

QString NewFileWriter::unusedPath(const QString &path)
{
    if (!pathTaken(path))
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString stem = info.absoluteDir().filePath(info.completeBaseName());
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
        if (!pathTaken(candidate))
            return candidate;
    }
}

} // namespace tierdesk

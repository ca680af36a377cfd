#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tierdesk {

// Writes a file that does not exist yet, and nothing else. The bytes go to a temporary file in the same
// folder, are flushed to disk, and the temporary file is then renamed to the target with a rename that
// refuses to replace anything (QFile::rename: renameat2(RENAME_NOREPLACE) or link()+unlink() on Linux,
// MoveFileEx without REPLACE_EXISTING on Windows). An existing file is never opened for writing, so a
// shorter image can never leave the tail of an older one behind it (the Snipping Tool's aCropalypse).
class NewFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(NewFileWriter)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // path when nothing is there yet, else "name-2.ext", "name-3.ext"... (a suggestion for save dialogs).
    static QString unusedPath(const QString &path);
};

} // namespace tierdesk

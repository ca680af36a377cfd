#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace tierdesk {

// F1 / "?": every keyboard shortcut of the window, read from its actions (so the list cannot drift from
// what the keys really do), plus the composer's and the annotator's.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int rowCount() const;

private:
    QTableWidget *m_table;
};

} // namespace tierdesk

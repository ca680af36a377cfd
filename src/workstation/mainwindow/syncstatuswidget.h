#pragma once

#include "client/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace tierdesk {

class Session;

// The status bar's account of the sync: online / offline / connecting / syncing with a coloured dot, how
// many of my edits wait to be sent, how many conflicts wait for me, when the last sync completed ("12:04",
// refreshed every minute), and a progress bar while the first sync runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(Session *session, QWidget *parent = nullptr);

    QString stateText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    bool isProgressVisible() const;
    int progressValue() const;

signals:
    void conflictsClicked();
    void syncRequested();

private:
    void onState(SyncEngine::State state);
    void onPending(int pending);
    void onProgress(qint64 done, qint64 total);
    void updateLastSync();
    void updateConflicts();

    Session *m_session;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_pending;
    QToolButton *m_conflicts;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QToolButton *m_syncNow;
    QTimer *m_minute;
};

} // namespace tierdesk

#pragma once

#include "client/outboxentry.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace tierdesk {

class Session;

// Shown on a ticket (or an article) when one of my edits collided with someone else's change of the same
// fields (LocalStore::conflicts()). Both versions side by side, per field a choice of which to keep, and
// "Keep mine" / "Keep theirs" / "Apply my choices"; the choice goes to the sync engine
// (SyncEngine::resolveConflict), nothing is decided silently.
class ConflictBanner : public QFrame
{
    Q_OBJECT

public:
    ConflictBanner(Session *session, const QString &entity, qint64 entityId, QWidget *parent = nullptr);

    void refresh();
    void setEntityId(qint64 id);
    QList<Conflict> conflicts() const { return m_conflicts; }

    // Resolves the first conflict; used by the buttons (and tests).
    bool keepMine();
    bool keepTheirs();
    // Per conflicting field: true keeps my value, false keeps theirs.
    bool applyChoices(const QHash<QString, bool> &keepMine);
    // What applyChoices() would send as the merged patch.
    static QJsonObject mergedPatch(const Conflict &conflict, const QHash<QString, bool> &keepMine);

signals:
    void resolved();

private:
    QString valueText(const QString &field, const QJsonValue &value) const;
    QHash<QString, bool> currentChoices() const;

    Session *m_session;
    QString m_entity;
    qint64 m_entityId;
    QList<Conflict> m_conflicts;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace tierdesk

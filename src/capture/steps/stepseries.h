#pragma once

#include "capture/steps/step.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QUuid>

class QUndoStack;

namespace tierdesk {

// A numbered series of screenshots ("steps to reproduce") for one ticket. A list model; each step's number
// (NumberRole) is its row + 1 and is renumbered (dataChanged) on every insert, move and delete. DisplayRole
// is the caption (or the capture time when there is none), without the number: views draw NumberRole.
//
// Every change goes through undoStack() (add, delete, move, caption, annotation), also the changes views
// make through setData(), moveRows() and drag and drop. Successive edits of one caption are one undo step.
class StepSeries : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // int, 1-based
        CaptionRole,                   // QString (also Qt::EditRole)
        CapturedAtRole,                // QDateTime in the capture's local offset
        ImageRole,                     // QImage, full size
        AnnotationRole,                // QJsonObject
        IdRole,                        // QUuid
        CaptureRole,                   // tierdesk::Capture
    };
    Q_ENUM(Role)

    // Drag and drop within one series: the dragged steps' ids plus which series they came from.
    static const QString stepsMimeType;

    explicit StepSeries(QObject *parent = nullptr);
    ~StepSeries() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dropped steps and returns false on purpose: the steps were moved, not copied, so the view
    // must not remove the "source" rows afterwards as it does after a successful MoveAction drop.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Steps
    int count() const { return int(m_steps.size()); }
    const Step &step(int row) const { return m_steps.at(row); }
    QList<Step> steps() const { return m_steps; }
    int rowOf(const QUuid &id) const;

    // Appends a step and returns its number.
    int addStep(const Capture &capture, const QString &caption = QString());
    bool removeStep(int row);
    // Moves the step at row from so that it ends at row to.
    bool moveStep(int from, int to);
    bool moveUp(int row) { return moveStep(row, row - 1); }
    bool moveDown(int row) { return moveStep(row, row + 1); }
    bool setCaption(int row, const QString &caption);
    bool setAnnotation(int row, const QJsonObject &annotation);
    void clear();

    QUndoStack *undoStack() const { return m_undoStack; }

    // The series without pixels: {"format": "tierdesk.steps/1", "steps": [{number, caption, capturedAt,
    // capture (Capture::metadataJson()), annotation}]}, to go with the images when attached to a ticket.
    QJsonObject toJson() const;

signals:
    void countChanged(int count);

private:
    void insertStepAt(int row, const Step &step);
    Step takeStepAt(int row);
    void moveBlock(int sourceRow, int count, int destinationChild);
    void writeCaption(const QUuid &id, const QString &caption);
    void writeAnnotation(const QUuid &id, const QJsonObject &annotation);
    void renumber(int first, int last);
    QImage thumbnail(const Step &step) const;

    QList<Step> m_steps;
    QUndoStack *m_undoStack;
    mutable QHash<QUuid, QImage> m_thumbnails;
};

} // namespace tierdesk

#include "capture/steps/stepseries.h"

#include "capture/steps/stepseriescommand.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>
#include <algorithm>

namespace tierdesk {

const QString StepSeries::stepsMimeType = QStringLiteral("application/x-tierdesk-steps");

namespace {
constexpr int captionMergeId = 0x5e9c; // any constant: identifies caption edits for QUndoStack merging
const QSize thumbnailSize(160, 100);

QDateTime localCaptureTime(const Step &step)
{
    return QDateTime::fromMSecsSinceEpoch(step.capture.capturedAtMs(), Qt::OffsetFromUTC,
                                          step.capture.utcOffsetSeconds());
}
} // namespace

StepSeries::StepSeries(QObject *parent)
    : QAbstractListModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

StepSeries::~StepSeries() = default;

int StepSeries::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant StepSeries::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Step &step = m_steps.at(index.row());
    const int number = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        // Not the number: a text that depends on the row would change under the view at every insert, move
        // and delete. Views show NumberRole next to it.
        if (!step.caption.isEmpty())
            return step.caption;
        return tr("Captured at %1")
            .arg(QLocale().toString(localCaptureTime(step).time(), QLocale::LongFormat));
    case Qt::EditRole:
    case CaptionRole:
        return step.caption;
    case Qt::ToolTipRole:
        return QLocale().toString(localCaptureTime(step), QLocale::LongFormat);
    case CapturedAtRole:
        return localCaptureTime(step);
    case Qt::DecorationRole:
        return thumbnail(step);
    case NumberRole:
        return number;
    case ImageRole:
        return step.capture.image();
    case AnnotationRole:
        return step.annotation;
    case IdRole:
        return step.id;
    case CaptureRole:
        return QVariant::fromValue(step.capture);
    default:
        return QVariant();
    }
}

bool StepSeries::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case Qt::EditRole:
    case CaptionRole:
        return setCaption(index.row(), value.toString());
    case AnnotationRole:
        return setAnnotation(index.row(), value.toJsonObject());
    default:
        return false;
    }
}

Qt::ItemFlags StepSeries::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops go between steps, never onto one
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StepSeries::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(CaptionRole, "caption");
    names.insert(CapturedAtRole, "capturedAt");
    names.insert(ImageRole, "image");
    names.insert(AnnotationRole, "annotation");
    names.insert(IdRole, "stepId");
    names.insert(CaptureRole, "capture");
    return names;
}

int StepSeries::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_steps.size(); ++row) {
        if (m_steps[row].id == id)
            return int(row);
    }
    return -1;
}

int StepSeries::addStep(const Capture &capture, const QString &caption)
{
    Step step;
    step.capture = capture;
    step.caption = caption;
    const int row = count();
    m_undoStack->push(new StepSeriesCommand(
        tr("Add step %1").arg(row + 1), [this, row, step] { insertStepAt(row, step); },
        [this, row] { takeStepAt(row); }));
    return row + 1;
}

bool StepSeries::removeStep(int row)
{
    return removeRows(row, 1);
}

bool StepSeries::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > this->count())
        return false;
    const QList<Step> removed = m_steps.mid(row, count);
    const QString text =
        count == 1 ? tr("Delete step %1").arg(row + 1) : tr("Delete %n step(s)", nullptr, count);
    m_undoStack->push(new StepSeriesCommand(
        text,
        [this, row, count] {
            for (int i = 0; i < count; ++i)
                takeStepAt(row);
        },
        [this, row, removed] {
            for (qsizetype i = 0; i < removed.size(); ++i)
                insertStepAt(row + int(i), removed[i]);
        }));
    return true;
}

bool StepSeries::moveStep(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return false;
    return moveRows(QModelIndex(), from, 1, QModelIndex(), to > from ? to + 1 : to);
}

bool StepSeries::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > this->count() || destinationChild < 0 || destinationChild > this->count())
        return false;
    // Moving a block to before itself or to right after itself changes nothing.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;

    // Where the block starts after the move, and the move that brings it back.
    const int newStart = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    const int backDestination = sourceRow < newStart ? sourceRow : sourceRow + count;
    const QString text = count == 1 ? tr("Move step %1 to %2").arg(sourceRow + 1).arg(newStart + 1)
                                    : tr("Move %n step(s)", nullptr, count);
    m_undoStack->push(new StepSeriesCommand(
        text, [this, sourceRow, count, destinationChild] { moveBlock(sourceRow, count, destinationChild); },
        [this, newStart, count, backDestination] { moveBlock(newStart, count, backDestination); }));
    return true;
}

bool StepSeries::setCaption(int row, const QString &caption)
{
    if (row < 0 || row >= count())
        return false;
    const Step &step = m_steps[row];
    if (step.caption == caption)
        return true;
    const QUuid id = step.id;
    const QString before = step.caption;
    auto *command = new StepSeriesCommand(
        tr("Edit the caption of step %1").arg(row + 1), [this, id, caption] { writeCaption(id, caption); },
        [this, id, before] { writeCaption(id, before); });
    command->setMergeKey(captionMergeId, id.toString());
    m_undoStack->push(command);
    return true;
}

bool StepSeries::setAnnotation(int row, const QJsonObject &annotation)
{
    if (row < 0 || row >= count())
        return false;
    const Step &step = m_steps[row];
    if (step.annotation == annotation)
        return true;
    const QUuid id = step.id;
    const QJsonObject before = step.annotation;
    m_undoStack->push(new StepSeriesCommand(
        tr("Annotate step %1").arg(row + 1), [this, id, annotation] { writeAnnotation(id, annotation); },
        [this, id, before] { writeAnnotation(id, before); }));
    return true;
}

void StepSeries::clear()
{
    if (m_steps.isEmpty())
        return;
    removeRows(0, count());
}

QJsonObject StepSeries::toJson() const
{
    QJsonArray steps;
    for (qsizetype row = 0; row < m_steps.size(); ++row) {
        const Step &step = m_steps[row];
        steps.append(QJsonObject{
            {QStringLiteral("number"), int(row + 1)},
            {QStringLiteral("caption"), step.caption},
            {QStringLiteral("capturedAt"),
             QDateTime::fromMSecsSinceEpoch(step.capture.capturedAtMs(), Qt::UTC)
                 .toString(Qt::ISODateWithMs)},
            {QStringLiteral("capture"), step.capture.metadataJson()},
            {QStringLiteral("annotation"), step.annotation},
        });
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tierdesk.steps/1")},
                       {QStringLiteral("steps"), steps}};
}

QStringList StepSeries::mimeTypes() const
{
    return {stepsMimeType};
}

QMimeData *StepSeries::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << quint64(quintptr(this)) << qint32(rows.size());
    for (int row : rows)
        stream << m_steps[row].id;
    auto *mime = new QMimeData;
    mime->setData(stepsMimeType, encoded);
    return mime;
}

namespace {
// The ids in a drag from series `self`; empty when the drag came from elsewhere.
QList<QUuid> decodeSteps(const QMimeData *data, const void *self)
{
    if (!data || !data->hasFormat(StepSeries::stepsMimeType))
        return {};
    QDataStream stream(data->data(StepSeries::stepsMimeType));
    quint64 source = 0;
    qint32 count = 0;
    stream >> source >> count;
    if (source != quint64(quintptr(self)) || count <= 0)
        return {};
    QList<QUuid> ids;
    for (qint32 i = 0; i < count && !stream.atEnd(); ++i) {
        QUuid id;
        stream >> id;
        ids.append(id);
    }
    return ids;
}
} // namespace

bool StepSeries::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &) const
{
    return action == Qt::MoveAction && !decodeSteps(data, this).isEmpty();
}

bool StepSeries::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                              const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QList<QUuid> ids = decodeSteps(data, this);
    if (action != Qt::MoveAction || ids.isEmpty())
        return false;
    int destination = row >= 0 ? row : (parent.isValid() ? parent.row() : count());
    destination = qBound(0, destination, count());

    m_undoStack->beginMacro(tr("Move %n step(s)", nullptr, int(ids.size())));
    // In the dragged order, each step goes right before `destination`, so they end up together and in order.
    for (const QUuid &id : ids) {
        const int current = rowOf(id);
        if (current < 0)
            continue;
        if (current < destination) {
            moveRows(QModelIndex(), current, 1, QModelIndex(), destination);
        } else {
            moveRows(QModelIndex(), current, 1, QModelIndex(), destination);
            ++destination;
        }
    }
    m_undoStack->endMacro();
    return false; // see the header: the move is done, the view must not delete anything
}

void StepSeries::insertStepAt(int row, const Step &step)
{
    beginInsertRows(QModelIndex(), row, row);
    m_steps.insert(row, step);
    endInsertRows();
    renumber(row + 1, count() - 1);
    emit countChanged(count());
}

Step StepSeries::takeStepAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    Step step = m_steps.takeAt(row);
    endRemoveRows();
    m_thumbnails.remove(step.id);
    renumber(row, count() - 1);
    emit countChanged(count());
    return step;
}

void StepSeries::moveBlock(int sourceRow, int count, int destinationChild)
{
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return;
    const QList<Step> block = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int newStart = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_steps.insert(newStart + i, block[i]);
    endMoveRows();
    // Every row between the old and the new place has a new number.
    const int first = qMin(sourceRow, newStart);
    const int last = qMax(sourceRow, newStart) + count - 1;
    renumber(first, last);
}

void StepSeries::writeCaption(const QUuid &id, const QString &caption)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_steps[row].caption = caption;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, CaptionRole});
}

void StepSeries::writeAnnotation(const QUuid &id, const QJsonObject &annotation)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_steps[row].annotation = annotation;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {AnnotationRole});
}

void StepSeries::renumber(int first, int last)
{
    if (first > last || first < 0 || last >= count())
        return;
    emit dataChanged(index(first), index(last), {NumberRole});
}

QImage StepSeries::thumbnail(const Step &step) const
{
    auto cached = m_thumbnails.constFind(step.id);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    QImage small;
    if (!step.capture.image().isNull())
        small = step.capture.image().scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(step.id, small);
    return small;
}

} // namespace tierdesk

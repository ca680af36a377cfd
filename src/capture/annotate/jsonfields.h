#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace tierdesk {

// Reads one object of an annotation document that may come from anyone (a customer's attachment, a file
// edited by hand). Every accessor checks type and range; the first problem is kept as a sentence that says
// where it is ("item 3 (arrow): "width" must be a number from 0.5 to 200") and later calls return
// defaults, so parsing code reads straight through and checks ok() once at the end.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(const QJsonObject &object, const QString &where);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(const QString &key) const { return m_object.contains(key); }
    void fail(const QString &key, const QString &message);

    double number(const QString &key, double min, double max);
    double optionalNumber(const QString &key, double min, double max, double fallback);
    int integer(const QString &key, int min, int max);
    QString string(const QString &key, int maxLength);
    QString optionalString(const QString &key, int maxLength, const QString &fallback = {});
    bool optionalBool(const QString &key, bool fallback);
    // "#RRGGBB" or "#AARRGGBB" (what QColor::name(QColor::HexArgb) writes); no colour names.
    QColor color(const QString &key);
    // An optional colour that may also be null (none).
    QColor optionalColor(const QString &key);
    // [[x, y], ...] with every coordinate inside bounds.
    QPolygonF points(const QString &key, int minCount, int maxCount, const QRectF &bounds);
    QJsonObject object(const QString &key);

private:
    bool take(const QString &key, QJsonValue *value);

    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

} // namespace tierdesk

#pragma once

// Reads a Qt Linguist catalogue (.ts) for the translation tests of the programs and of src/capture.
// Header-only: those tests link no server support.

#include <QChar>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tierdesk::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // translation type attribute ("", "unfinished", "vanished", "obsolete")
    QStringList forms; // the translation, or its numerus forms

    // context, source and comment: what identifies a message
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

// The messages of the catalogue at `path`, in file order; *language from the TS element (may be null).
// *error is set when the file cannot be read or is not well-formed XML.
inline QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                if (language)
                    *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + QLatin1String(": ") + xml.errorString();
    return messages;
}

} // namespace tierdesk::test

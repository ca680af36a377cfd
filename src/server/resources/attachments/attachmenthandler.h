#pragma once

#include "server/servercontext.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tierdesk {

class AttachmentStore;
class Router;

// POST /api/v1/attachments?filename=NAME (raw bytes) and GET /api/v1/attachments/{id}.
class AttachmentHandler
{
public:
    AttachmentHandler(ServerContext &context, AttachmentStore &store);
    void registerRoutes(Router &router);

    // "Type/Sub-Type; Charset=UTF-8; x=y" → "type/sub-type; charset=utf-8": the media type lower-cased with
    // only a valid charset parameter kept. nullopt when the essence is not type "/" subtype made of RFC 9110
    // token characters (or is a wildcard).
    static std::optional<QString> normalisedContentType(const QByteArray &header);

    // For the image types we can check cheaply (PNG, JPEG, GIF, WebP): the sentence to answer with when the
    // bytes do not start like such an image; empty when they do or when the type is not one of those.
    static QString imageProblem(const QString &contentType, const QByteArray &bytes);

    // Content-Disposition for a download: an ASCII fallback in filename= and the exact name, RFC 5987
    // encoded, in filename*=.
    static QByteArray contentDisposition(const QString &filename);

private:
    ServerContext &m_context;
    AttachmentStore &m_store;
};

} // namespace tierdesk

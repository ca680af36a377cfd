#include "server/resources/attachments/attachmenthandler.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/attachments/attachmentstore.h"
#include "server/serverconfig.h"
#include "server/storage/changelog.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAttachments)

namespace tierdesk {
namespace {

// RFC 6838 allows at most 127 characters for each of type and subtype.
constexpr int MaxMediaTypePartLength = 127;
constexpr int MaxFilenameParameterLength = 1000;

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

struct ImageSignature
{
    QStringList types;
    const char *name;
    bool (*matches)(const QByteArray &bytes);
};

const QList<ImageSignature> &imageSignatures()
{
    static const QList<ImageSignature> list{
        {{QStringLiteral("image/png")},
         "PNG",
         [](const QByteArray &b) { return b.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)); }},
        // image/jpg and image/pjpeg are not registered but common; they name the same format.
        {{QStringLiteral("image/jpeg"), QStringLiteral("image/jpg"), QStringLiteral("image/pjpeg")},
         "JPEG",
         [](const QByteArray &b) { return b.startsWith(QByteArrayView("\xff\xd8\xff", 3)); }},
        {{QStringLiteral("image/gif")},
         "GIF",
         [](const QByteArray &b) { return b.startsWith("GIF87a") || b.startsWith("GIF89a"); }},
        {{QStringLiteral("image/webp")},
         "WebP",
         [](const QByteArray &b) { return b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP"; }},
    };
    return list;
}

// The ETag of a download is its content digest; If-None-Match may list several tags, weak or strong.
bool ifNoneMatchHits(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

} // namespace

AttachmentHandler::AttachmentHandler(ServerContext &context, AttachmentStore &store)
    : m_context(context)
    , m_store(store)
{}

std::optional<QString> AttachmentHandler::normalisedContentType(const QByteArray &header)
{
    const QList<QByteArray> parts = header.split(';');
    const QByteArray essence = parts.first().trimmed().toLower();
    const qsizetype slash = essence.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArrayView type = QByteArrayView(essence).first(slash);
    const QByteArrayView subtype = QByteArrayView(essence).sliced(slash + 1);
    if (!isToken(type, MaxMediaTypePartLength) || !isToken(subtype, MaxMediaTypePartLength) || type == "*" ||
        subtype == "*")
        return std::nullopt;
    QString result = QString::fromLatin1(essence);
    // Only the charset matters when the file is served again (text must decode the same way); other
    // parameters are dropped rather than repeated into a response header unchecked.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype eq = parameter.indexOf('=');
        if (eq <= 0 || parameter.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (isToken(value, 40))
            result += QStringLiteral("; charset=") + QString::fromLatin1(value.toLower());
        break;
    }
    return result;
}

QString AttachmentHandler::imageProblem(const QString &contentType, const QByteArray &bytes)
{
    const QString essence = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    for (const ImageSignature &signature : imageSignatures()) {
        if (signature.types.contains(essence) && !signature.matches(bytes))
            return QStringLiteral("The file is not a valid %1 image.").arg(QLatin1String(signature.name));
    }
    return {};
}

QByteArray AttachmentHandler::contentDisposition(const QString &filename)
{
    // Old clients only read filename=, which must be a plain ASCII quoted-string: everything else (and the
    // quote, backslash and percent sign, which some browsers interpret) becomes '_'.
    QByteArray fallback;
    fallback.reserve(filename.size());
    for (const QChar c : filename) {
        const char16_t u = c.unicode();
        fallback.append(u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'%' ? char(u) : '_');
    }
    // RFC 5987 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else is percent-encoded UTF-8.
    const QByteArray encoded = filename.toUtf8().toPercentEncoding("!#$&+^`|", QByteArray(), '%');
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

void AttachmentHandler::registerRoutes(Router &router)
{
    router.add(
        "POST", QStringLiteral("/api/v1/attachments"),
        [this](RequestContext &ctx) {
            const HttpRequest &request = ctx.request();
            const User &uploader = ctx.user();
            // The HTTP layer stops reading at the limit already; checked again so that no other path in (a
            // test harness, a future transport) can store more than configured.
            if (request.body.size() > m_context.config.maxAttachmentBytes)
                throw ApiError(413, QStringLiteral("payload_too_large"),
                               QStringLiteral("Attachments may be at most %1 bytes.")
                                   .arg(m_context.config.maxAttachmentBytes));
            const QByteArray header = request.header("content-type").trimmed();
            if (header.isEmpty())
                throw ApiError(415, QStringLiteral("unsupported_media_type"),
                               QStringLiteral("Send the file's type in the Content-Type header."));
            const std::optional<QString> contentType = normalisedContentType(header);
            if (!contentType)
                throw ApiError(415, QStringLiteral("unsupported_media_type"),
                               QStringLiteral("Content-Type must be a media type such as image/png."));
            const std::optional<QString> filename =
                ctx.queryString(QStringLiteral("filename"), MaxFilenameParameterLength);
            if (!filename || filename->trimmed().isEmpty())
                throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                           QStringLiteral("Query parameter 'filename' must name the file."));
            if (request.body.isEmpty())
                throw ApiError::validation(QStringLiteral("The file is empty."));
            const QString problem = imageProblem(*contentType, request.body);
            if (!problem.isEmpty())
                throw ApiError::validation(problem);

            const AttachmentInfo info = m_store.store(request.body, *filename, *contentType, uploader.id);
            // Staff see every upload in the feed; a customer sees only their own.
            m_context.changes.append(QStringLiteral("attachment"), info.id, info.toJson(),
                                     ChangeAudience::customerAndStaff(uploader.id));
            qCInfo(lcAttachments) << "user" << uploader.id << "uploaded attachment" << info.id
                                  << info.contentType << info.size << "bytes";
            return HttpResponse::json(201, info.toJson())
                .withHeader("Location", "/api/v1/attachments/" + QByteArray::number(info.id));
        },
        Router::Options{Router::Access::Authenticated, Router::Body::Upload});

    router.add("GET", QStringLiteral("/api/v1/attachments/{id}"), [this](RequestContext &ctx) {
        const qint64 id = ctx.idParam();
        const std::optional<AttachmentInfo> info = m_store.info(id);
        // One answer for "does not exist" and "not yours", so ids cannot be probed.
        if (!info || !m_store.mayRead(ctx.user(), id))
            throw ApiError::notFound(QStringLiteral("No such attachment: %1.").arg(id));

        const QByteArray etag = '"' + info->sha256.toLatin1() + '"';
        HttpResponse response;
        response.withHeader("ETag", etag)
            .withHeader("Cache-Control", "private, no-cache")
            .withHeader("X-Content-Type-Options", "nosniff");
        if (ifNoneMatchHits(ctx.request().header("if-none-match"), etag)) {
            response.status = 304;
            response.contentType.clear();
            return response;
        }
        response.body = m_store.read(*info);
        // The type was normalised on upload; should a row hold anything else, it is not echoed into a header.
        response.contentType = normalisedContentType(info->contentType.toLatin1())
                                   .value_or(QStringLiteral("application/octet-stream"))
                                   .toLatin1();
        // Always a download, never rendered in our origin: with nosniff and the sandbox policy an uploaded
        // HTML or SVG file cannot run script against the help desk.
        response.withHeader("Content-Disposition", contentDisposition(info->filename))
            .withHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        return response;
    });
}

} // namespace tierdesk

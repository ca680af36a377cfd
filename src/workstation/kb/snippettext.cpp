#include "workstation/kb/snippettext.h"

#include <QRegularExpression>

namespace tierdesk {

QString SnippetText::toHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 64);
    bool inMark = false;
    QString run;
    const auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QLatin1Char('[') && !inMark) {
            flush();
            html += QStringLiteral("<b style=\"background-color:#ffe58a\">");
            inMark = true;
        } else if (c == QLatin1Char(']') && inMark) {
            flush();
            html += QStringLiteral("</b>");
            inMark = false;
        } else {
            run += c;
        }
    }
    flush();
    if (inMark)
        html += QStringLiteral("</b>");
    return html;
}

QString SnippetText::plain(const QString &snippet)
{
    QString out = snippet;
    out.remove(QLatin1Char('['));
    out.remove(QLatin1Char(']'));
    return out;
}

QString SnippetText::markdownPreview(const QString &markdown, int maxLength)
{
    QString text = markdown;
    text.replace(QRegularExpression(QStringLiteral("^#+\\s*"), QRegularExpression::MultilineOption),
                 QString());
    text.replace(QRegularExpression(QStringLiteral("[*_`>]")), QString());
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    text = text.trimmed();
    return text.size() > maxLength ? text.left(maxLength - 1) + QStringLiteral("…") : text;
}

} // namespace tierdesk

#pragma once

#include <QString>

namespace tierdesk {

// The cache's full-text search marks matches in its snippets with [ and ] (LocalStore::searchArticles).
// These turn such a snippet into safe HTML with the matches highlighted: everything else is escaped, so an
// article's text can never inject markup.
class SnippetText
{
public:
    static QString toHtml(const QString &snippet);
    // The plain text without the marks.
    static QString plain(const QString &snippet);
    // Markdown reduced to plain text for a preview line (headings, emphasis and code marks dropped).
    static QString markdownPreview(const QString &markdown, int maxLength = 160);
};

} // namespace tierdesk

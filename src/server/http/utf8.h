#pragma once

#include <QByteArray>

namespace tierdesk {

class Utf8
{
public:
    // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    static bool isValid(const QByteArray &bytes);
};

} // namespace tierdesk

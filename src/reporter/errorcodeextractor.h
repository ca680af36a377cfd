#pragma once

#include <QString>
#include <QStringList>

namespace tierdesk {

// Finds product and system error codes in what a customer typed or pasted, so that a ticket carries them in
// its error_codes (where agents, the knowledge base and duplicate detection look) even when the customer
// did not know which part of a message was the code. Recognised, in this order:
//   NET::ERR_CERT_DATE_INVALID, ERR_SSL_PROTOCOL_ERROR, EXC_BAD_ACCESS   (constant-style names)
//   0x80070005                                                         (hexadecimal, 4–16 digits)
//   HTTP 429, HTTP/1.1 503                                             → "HTTP 429"
//   SMTP-421, TD-E1042, ORA-12170                                      (dashed codes with a digit)
//   AADSTS50011, E1042                                                 (capitals followed by 3+ digits)
//   "error 809", "błąd 13801", "ошибка 5", "eroarea 809" ...           → "Error 809"
// Ticket numbers (TD-1234) are not error codes and are left out.
class ErrorCodeExtractor
{
public:
    // Each code once, in the order of first appearance, in normalised form.
    static QStringList extract(const QString &text);
    // The form codes are compared in: "0x" + upper-case hex digits, "HTTP nnn", "Error nnn", other codes
    // upper-case without a "NET::" prefix. "smtp-421" and "SMTP-421" are the same code.
    static QString normalise(const QString &code);
    // Whether two lists share a code (compared normalised).
    static QStringList common(const QStringList &a, const QStringList &b);
};

} // namespace tierdesk

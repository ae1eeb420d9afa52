#pragma once

#include "core/history/session_record.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace legease::core {

// One field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF, quotes doubled.
QString csvField(const QString& text);

// A header line and one line per session, CRLF line ends, UTF-8.
QByteArray historyCsv(const std::vector<SessionRecord>& records);

// Writes the CSV through saveFile(): never into a device, pipe or folder, never half a file.
// Returns "" on success, else what went wrong in words for people.
QString writeHistoryCsv(const QString& path, const std::vector<SessionRecord>& records);

}  // namespace legease::core

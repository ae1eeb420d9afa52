#pragma once

#include "core/content/pack_reader.h"

#include <QByteArray>

#include <optional>

// The built-in pack in a form that needs no parsing: at build time its JSON (content/, the source
// of truth) is read and checked by the loader, and what comes out is written with QDataStream;
// at start-up the app reads it back in a fraction of the time. A test proves that what comes back
// equals what the JSON gives.
namespace legease::core {

QByteArray serializePack(const PackContent& pack);
// nullopt for bytes that are not a pack this version of LegEase wrote.
std::optional<PackContent> deserializePack(const QByteArray& bytes);

}  // namespace legease::core

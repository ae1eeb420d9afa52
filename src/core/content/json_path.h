#pragma once

#include <QString>

#include <cstddef>
#include <string_view>

namespace legease::core {

// Where a value sits inside a JSON document: a chain of keys and array indexes back to the root.
// Reading a file visits every field, but only the few with a problem need their place spelled
// out, so the JSON Pointer text ("/steps/2/seconds") is built only when pointer() is called.
//
// A path refers to its parent and to the key's characters without copying them: keep the parent
// path (and the key, normally a string literal or a key of the parsed document) alive while the
// child is in use, as nesting on the stack does naturally.
class JsonPath {
public:
    JsonPath() = default;  // the whole document
    JsonPath(const JsonPath& parent, std::string_view key);
    JsonPath(const JsonPath& parent, std::size_t index);

    // The RFC 6901 JSON Pointer: "" for the document, "/steps/2/seconds" for a field.
    QString pointer() const;

private:
    enum class Kind { Root, Key, Index };

    void appendTo(QString& text) const;

    const JsonPath* m_parent = nullptr;
    Kind m_kind = Kind::Root;
    std::string_view m_key;
    std::size_t m_index = 0;
};

}  // namespace legease::core

#!/usr/bin/python3
"""Check a LegEase content pack (format 1) against the JSON Schemas.

Usage:
    /usr/bin/python3 tests/schema/check_schema.py PACK_DIR [--schemas DIR] [--lenient]

Run it with Debian's /usr/bin/python3 (needs the python3-jsonschema package).
The schemas default to PACK_DIR/schema.

Checks pack.json (required), regions.json, strokes.json, safety.json (each if present),
benefits/*.json and routines/*.json: readable UTF-8 JSON of at most 1 MiB, no duplicate keys,
valid against the matching schema, and no keys that the schema does not declare. The app only
warns about unknown keys (and about unexpected *.json files next to pack.json), but the built-in
pack must be clean, so here they are problems; --lenient reports them as warnings instead (for
packs made by other people).

The schemas themselves are checked too (check_schema of their draft).

A translation pack (pack.json's locale in a language other than English, such as "de" or
"pt-BR") is checked against the schemas in the `translation/` folder of the schema folder, which
allow only the texts a translation may give; pack.json uses the usual pack schema.

Output: one line per problem, `FILE: /json/pointer: message` (or `FILE:LINE:COLUMN: message`
for a file that is not valid JSON; the pointer of the whole document is empty), then
`N files checked, M problems`. Exit status 1 if there is any problem, 0 otherwise, 2 on bad usage.

Not checked here (they need more than one file, or sums): unique ids across files and packs,
that referenced region/stroke/routine ids exist, that `image` files exist, and that a routine's
length is at most 2 hours.
"""
import argparse
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import validators
    from jsonschema.exceptions import ValidationError
except ImportError:  # pragma: no cover
    sys.stderr.write("check_schema.py: needs the jsonschema module; run it with Debian's "
                     "/usr/bin/python3 after `apt-get install python3-jsonschema`\n")
    sys.exit(2)

MAX_BYTES = 1024 * 1024

# file kind -> schema file
SCHEMA_FILES = {
    "pack": "pack.schema.json",
    "regions": "regions.schema.json",
    "strokes": "strokes.schema.json",
    "safety": "safety.schema.json",
    "benefit": "benefit.schema.json",
    "routine": "routine.schema.json",
}
TOP_FILES = [("pack.json", "pack"), ("regions.json", "regions"),
             ("strokes.json", "strokes"), ("safety.json", "safety")]
DIRS = [("benefits", "benefit"), ("routines", "routine")]

TYPE_NAMES = {"object": "an object", "array": "an array", "string": "text",
              "integer": "an integer", "number": "a number", "boolean": "true or false",
              "null": "null"}


class Report:
    def __init__(self, lenient):
        self.lenient = lenient
        self.problems = 0
        self.warnings = 0

    def problem(self, where, message):
        self.problems += 1
        print(f"{where}: {message}")

    def strict_only(self, where, message):
        """A problem for the built-in pack; only a warning in the app (and with --lenient)."""
        if self.lenient:
            self.warnings += 1
            print(f"{where}: warning: {message}")
        else:
            self.problem(where, message)


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def short(value, limit=60):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def found(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"a number {value!r}" if isinstance(value, float) else f"the integer {value}"
    if isinstance(value, str):
        return f"text {short(value)}" if value else 'empty text ""'
    if isinstance(value, list):
        return f"an array of {len(value)} item{'s' if len(value) != 1 else ''}"
    return "an object"


def range_phrase(schema):
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None and hi is not None:
        return f" from {lo} to {hi}"
    if lo is not None:
        return f" of at least {lo}"
    if hi is not None:
        return f" of at most {hi}"
    return ""


def items_phrase(schema):
    lo, hi = schema.get("minItems"), schema.get("maxItems")
    if lo is not None and hi is not None:
        return f"{lo} to {hi} items"
    if lo is not None:
        return f"at least {lo} item{'s' if lo != 1 else ''}"
    return f"at most {hi} items"


def message_for(error):
    """(path, message) in the 'expected ..., found ...' style of the app."""
    kw, schema, value, path = error.validator, error.schema, error.instance, list(error.absolute_path)
    if kw == "required":
        # error.message is "'key' is a required property"; point at the missing key
        m = re.match(r"^'(.*)' is a required property$", error.message)
        if m:
            return path + [m.group(1)], "expected a value (required key), found nothing"
        return path, error.message
    if kw == "type":
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        want = " or ".join(TYPE_NAMES.get(t, t) for t in types)
        return path, f"expected {want}{range_phrase(schema)}, found {found(value)}"
    if kw in ("minimum", "maximum"):
        kind = "an integer" if schema.get("type") == "integer" else "a number"
        return path, f"expected {kind}{range_phrase(schema)}, found {value!r}"
    if kw == "enum":
        return path, "expected one of " + ", ".join(map(str, schema["enum"])) + f", found {found(value)}"
    if kw == "const":
        return path, f"expected {short(schema['const'])}, found {short(value)}"
    if kw == "minLength":
        if schema["minLength"] == 1:
            return path, f"expected non-empty text, found {found(value)}"
        return path, f"expected at least {schema['minLength']} characters, found {len(value)}"
    if kw == "maxLength":
        return path, f"expected at most {schema['maxLength']} characters, found {len(value)}"
    if kw == "pattern":
        want = schema.get("description") or f"text matching {schema['pattern']}"
        return path, f"expected {want}, found {found(value)}"
    if kw in ("minItems", "maxItems"):
        return path, f"expected {items_phrase(schema)}, found {len(value)}"
    return path, error.message


def ecma_pattern(validator, patrn, instance, schema):
    """JSON Schema patterns are ECMA-262 regexes, where '$' (no multiline flag) matches only
    at the very end. Python's '$' also matches before a final newline, so "calf\\n" would pass
    ^[a-z0-9]+(-[a-z0-9]+)*$. Use \\Z for an unescaped '$' outside a character class."""
    if not validator.is_type(instance, "string"):
        return
    if not re.search(to_python_regex(patrn), instance):
        yield ValidationError(f"{instance!r} does not match {patrn!r}")


_regex_cache = {}


def to_python_regex(patrn):
    if patrn in _regex_cache:
        return _regex_cache[patrn]
    out, i, in_class = [], 0, False
    while i < len(patrn):
        c = patrn[i]
        if c == "\\":
            out.append(patrn[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "$":
            c = r"\Z"
        out.append(c)
        i += 1
    _regex_cache[patrn] = re.compile("".join(out))
    return _regex_cache[patrn]


def resolve_local(root, schema):
    """Follow local $ref ('#/...') chains; the schemas are self-contained."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 50:
        ref = schema["$ref"]
        if not ref.startswith("#"):
            return schema
        target = root
        for part in ref[1:].split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            target = target[int(part)] if isinstance(target, list) else target[part]
        # keep sibling keywords such as "properties" next to a $ref
        merged = dict(target)
        merged.update({k: v for k, v in schema.items() if k != "$ref"})
        if "$ref" not in target:
            merged.pop("$ref", None)
        else:
            merged["$ref"] = target["$ref"]
        schema = merged
        seen += 1
    return schema


def unknown_keys(root, schema, value, path, out):
    """Collect (path, key) for keys of objects not declared in the schema's properties."""
    schema = resolve_local(root, schema)
    if not isinstance(schema, dict):
        return
    subschemas = [schema] + [resolve_local(root, s) for k in ("allOf",) for s in schema.get(k, [])]
    if isinstance(value, dict):
        props = {}
        declares = False
        for s in subschemas:
            if isinstance(s, dict) and ("properties" in s or s.get("type") == "object"):
                declares = True
                props.update(s.get("properties", {}))
        if not declares:
            return
        for key, sub in value.items():
            if key in props:
                unknown_keys(root, props[key], sub, path + [key], out)
            else:
                out.append((path + [key], key))
    elif isinstance(value, list):
        for s in subschemas:
            items = s.get("items") if isinstance(s, dict) else None
            if isinstance(items, dict):
                for i, sub in enumerate(value):
                    unknown_keys(root, items, sub, path + [i], out)
                break


def path_key(path):
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in path]


class DuplicateKey(Exception):
    pass


def no_duplicates(pairs):
    obj = {}
    for k, v in pairs:
        if k in obj:
            raise DuplicateKey(k)
        obj[k] = v
    return obj


def bad_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def load_json(full, rel, report):
    """Return (ok, data)."""
    try:
        size = os.path.getsize(full)
        with open(full, "rb") as f:
            raw = f.read()
    except OSError as e:
        report.problem(f"{rel}: ", f"cannot read the file: {e.strerror}")
        return False, None
    if size > MAX_BYTES:
        report.problem(f"{rel}: ", f"expected a file of at most 1 MiB ({MAX_BYTES} bytes), found {size} bytes")
        return False, None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        report.problem(f"{rel}: ", f"expected UTF-8 text, found an invalid byte at offset {e.start}")
        return False, None
    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=bad_constant)
    except json.JSONDecodeError as e:
        report.problem(f"{rel}:{e.lineno}:{e.colno}", f"syntax error: {e.msg}")
        return False, None
    except DuplicateKey as e:
        # find the object that holds it by re-parsing leniently is not worth it; name the key
        report.problem(f"{rel}: ", f"syntax error: duplicate key {short(str(e.args[0]))} in an object")
        return False, None
    except ValueError as e:
        report.problem(f"{rel}: ", f"syntax error: {e}")
        return False, None
    return True, data


def is_translation(pack_dir):
    """Whether pack.json's locale names a language other than English."""
    try:
        with open(os.path.join(pack_dir, "pack.json"), encoding="utf-8") as f:
            locale = json.load(f).get("locale")
    except (OSError, ValueError, AttributeError):
        return False  # pack.json itself is checked, and reported, as usual
    language = locale.split("-")[0] if isinstance(locale, str) else ""
    return re.fullmatch(r"[a-z]{2,3}", language) is not None and language != "en"


def schema_files_for(pack_dir):
    if not is_translation(pack_dir):
        return dict(SCHEMA_FILES)
    return {kind: name if kind == "pack" else "translation/" + name for kind, name in SCHEMA_FILES.items()}


def load_schemas(schema_dir, pack_dir, report, schema_files):
    schemas = {}
    for kind, name in schema_files.items():
        full = os.path.join(schema_dir, name)
        rel = display_path(full, pack_dir)
        if not os.path.isfile(full):
            report.problem(f"{rel}: ", "expected a schema file, found none")
            continue
        try:
            with open(full, encoding="utf-8") as f:
                schema = json.load(f)
        except (OSError, ValueError) as e:
            report.problem(f"{rel}: ", f"cannot load the schema: {e}")
            continue
        cls = validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            cls.check_schema(schema)
        except jsonschema.SchemaError as e:
            report.problem(f"{rel}: {pointer(e.absolute_path)}", f"invalid schema ({cls.__name__}): {e.message}")
            continue
        strict_cls = validators.extend(cls, {"pattern": ecma_pattern})
        try:
            for patrn in find_patterns(schema):
                re.compile(patrn)
                to_python_regex(patrn)
        except re.error as e:
            report.problem(f"{rel}: ", f"invalid schema: bad regular expression: {e}")
            continue
        schemas[kind] = (schema, strict_cls(schema))
    return schemas


def find_patterns(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "pattern" and isinstance(v, str):
                yield v
            else:
                yield from find_patterns(v)
    elif isinstance(node, list):
        for v in node:
            yield from find_patterns(v)


def display_path(full, pack_dir):
    rel = os.path.relpath(full, pack_dir)
    return full if rel.startswith("..") else rel.replace(os.sep, "/")


def check_file(full, rel, kind, schemas, report):
    ok, data = load_json(full, rel, report)
    if not ok:
        return
    if kind not in schemas:
        report.problem(f"{rel}: ", f"not checked: the schema for {kind} files is missing or invalid")
        return
    root, validator = schemas[kind]
    # (path, keyword, message, strict_only)
    found_problems = []
    for error in validator.iter_errors(data):
        path, msg = message_for(error)
        found_problems.append((path, error.validator, msg, False))
    extra = []
    unknown_keys(root, root, data, [], extra)
    for path, key in extra:
        found_problems.append((path, "unknown", f"unknown key {short(key)} (not in format 1)", True))
    # one clear message per value: an empty string also fails the id pattern, a wrong type
    # also fails const; keep the more telling one
    keywords = {}
    for path, kw, _, _ in found_problems:
        keywords.setdefault(tuple(path), set()).add(kw)
    seen = set()
    for path, kw, msg, strict in sorted(found_problems, key=lambda p: (path_key(p[0]), p[2])):
        kws = keywords[tuple(path)]
        if kw == "pattern" and "minLength" in kws:
            continue
        if kw == "type" and ("const" in kws or "enum" in kws):
            continue
        if (tuple(path), msg) in seen:
            continue
        seen.add((tuple(path), msg))
        where = f"{rel}: {pointer(path)}"
        if strict:
            report.strict_only(where, msg)
        else:
            report.problem(where, msg)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Check a LegEase content pack against the format 1 JSON Schemas.")
    ap.add_argument("pack_dir", metavar="PACK_DIR")
    ap.add_argument("--schemas", metavar="DIR", help="schema folder (default: PACK_DIR/schema)")
    ap.add_argument("--lenient", action="store_true",
                    help="report unknown keys and unexpected files as warnings, as the app does")
    args = ap.parse_args(argv)

    pack_dir = args.pack_dir
    if not os.path.isdir(pack_dir):
        sys.stderr.write(f"check_schema.py: {pack_dir}: not a folder\n")
        return 2
    schema_dir = args.schemas or os.path.join(pack_dir, "schema")
    if not os.path.isdir(schema_dir):
        sys.stderr.write(f"check_schema.py: {schema_dir}: schema folder not found\n")
        return 2

    report = Report(args.lenient)
    schemas = load_schemas(schema_dir, pack_dir, report, schema_files_for(pack_dir))
    checked = 0

    known = {name for name, _ in TOP_FILES}
    for name, kind in TOP_FILES:
        full = os.path.join(pack_dir, name)
        if not os.path.exists(full):
            if kind == "pack":
                report.problem(f"{name}: ", "expected a pack.json file (required), found none")
            continue
        checked += 1
        check_file(full, name, kind, schemas, report)

    for entry in sorted(os.listdir(pack_dir)):
        if entry.endswith(".json") and entry not in known and os.path.isfile(os.path.join(pack_dir, entry)):
            report.strict_only(f"{entry}: ", "unexpected file next to pack.json (misplaced? it is ignored)")

    for dirname, kind in DIRS:
        d = os.path.join(pack_dir, dirname)
        if not os.path.isdir(d):
            continue
        for entry in sorted(os.listdir(d)):
            full = os.path.join(d, entry)
            if entry.endswith(".json") and os.path.isfile(full):
                checked += 1
                check_file(full, f"{dirname}/{entry}", kind, schemas, report)

    summary = f"{checked} files checked, {report.problems} problems"
    if report.warnings:
        summary += f", {report.warnings} warnings"
    print(summary)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())

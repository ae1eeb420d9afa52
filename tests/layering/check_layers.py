#!/usr/bin/env python3
"""Fails when a source file under src/ reaches into a layer it must not.

  core/     Qt Core only: no Qt GUI or Qt Widgets header, nothing from ui/, plugins/ or app/
  ui/       no Qt SQL, no nlohmann_json (core keeps both private), nothing from plugins/ or app/
  plugins/  no Qt SQL, no nlohmann_json, nothing from app/
  app/      no Qt SQL, no nlohmann_json

and every quoted include names its layer ("core/session/clock.h"), src/ being the one include
root. Usage: check_layers.py SRC_DIR QT_HEADERS_DIR
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
LAYERS = ("core", "ui", "plugins", "app")
FORBIDDEN_LAYERS = {"core": {"ui", "plugins", "app"}, "ui": {"plugins", "app"}, "plugins": {"app"}, "app": set()}


def main(src, qt_headers):
    src, qt_headers = pathlib.Path(src), pathlib.Path(qt_headers)
    gui_headers = {p.name for module in ("QtGui", "QtWidgets") for p in (qt_headers / module).iterdir()}
    problems = []
    files = sorted(p for p in src.rglob("*") if p.suffix in (".h", ".cpp"))
    for path in files:
        layer = path.relative_to(src).parts[0]
        for match in INCLUDE.finditer(path.read_text(encoding="utf-8")):
            kind, name = match.groups()
            closing = ">" if kind == "<" else '"'
            where = f"{path.relative_to(src.parent)}: #include {kind}{name}{closing}"
            if kind == '"':
                if name.endswith(".moc"):
                    continue
                top = name.split("/")[0]
                if top not in LAYERS:
                    problems.append(f"{where}: a quoted include must start with its layer ({', '.join(LAYERS)})")
                elif top in FORBIDDEN_LAYERS[layer]:
                    problems.append(f"{where}: {layer}/ must not use {top}/")
                continue
            first = name.split("/")[0]
            if layer == "core" and (first in ("QtGui", "QtWidgets") or name in gui_headers):
                problems.append(f"{where}: core is Qt Core only, no Qt GUI or Widgets")
            if layer != "core" and (first in ("QtSql", "nlohmann") or name.startswith("QSql")):
                problems.append(f"{where}: only core may use Qt SQL and nlohmann_json")
    for problem in problems:
        print(problem)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

#!/usr/bin/python3
"""Checks that every interface translation is complete and up to date with the sources.

Usage: check_ts.py LUPDATE SOURCE_DIR TS_FILE...

Each .ts is first refreshed from the sources with lupdate, into a temporary copy, so a string
that was added to the code but never translated shows up as unfinished here instead of passing
quietly. legease_en.ts holds only plural forms (English is the source language).
Then every message must be finished and every form of it keep the source's placeholders.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def refreshed(lupdate, sources, ts, folder):
    copy = Path(folder) / ts.name
    shutil.copy(ts, copy)
    options = ["-no-obsolete", "-locations", "none", "-silent"]
    if ts.name == "legease_en.ts":
        options.append("-pluralonly")
    subprocess.run([lupdate, *options, str(sources), "-ts", str(copy)], check=True,
                   stdout=subprocess.DEVNULL)
    return copy


def problems_in(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: \"{source}\""
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                yield f"{where} is not translated"
                continue
            if kind in ("vanished", "obsolete"):
                yield f"{where} is no longer used; run the update_translations target"
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            expected = sorted(PLACEHOLDER.findall(source))
            for text in texts:
                found = sorted(PLACEHOLDER.findall(text))
                if not text.strip():
                    yield f"{where} has an empty translation"
                elif found != expected:
                    yield f"{where} has {expected} but its translation \"{text}\" has {found}"

def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, sources, files = sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for ts in files:
            found = list(problems_in(refreshed(lupdate, sources, ts, folder)))
            for problem in found:
                print(f"{ts.name}: {problem}")
            print(f"{ts.name}: {len(found)} problem(s)")
            failed += len(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

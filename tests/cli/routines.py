#!/usr/bin/env python3
"""Sharing routines from the command line, as people and scripts use it:
`legease --export-routine ID FILE` and `legease --import FILE`.

Usage: routines.py LEGEASE BROKEN_ROUTINE FOLDER

Runs with a data location of its own under FOLDER (emptied first), so it never touches a
person's routines. Checks that an export imports again (under a new id, since the one it had is
taken), that the new id is alone on the last line, that a broken file exits 1, prints every
problem and changes nothing, that a pipe is refused without waiting on it, and that a bundle
comes in whole or not at all. Prints "routines check: passed" at the end.
"""
import json
import os
import shutil
import subprocess
import sys


def main(legease, broken, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(folder, "data"), XDG_CONFIG_HOME=os.path.join(folder, "config"))
    own = os.path.join(folder, "data", "LegEase", "packs", "my-routines", "routines")
    failures = []

    def run(*args):
        done = subprocess.run([legease, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              timeout=60)
        print(f"$ legease {' '.join(args)}\n{done.stdout}{done.stderr}[exit {done.returncode}]")
        return done

    def check(ok, what):
        if not ok:
            failures.append(what)
            print(f"FAILED: {what}")

    def own_files():
        return sorted(os.listdir(own)) if os.path.isdir(own) else []

    # Export a built-in routine; it is the file of format 1 that LegEase ships.
    shared = os.path.join(folder, "shared.json")
    done = run("--export-routine", "circulation-flow", shared)
    check(done.returncode == 0 and "Exported \"Circulation flow\"" in done.stdout, "export exits 0 and says what it wrote")
    check(json.load(open(shared, encoding="utf-8"))["id"] == "circulation-flow", "the export is the routine")

    # Import it: the id is taken, so it comes in under a new one, alone on the last line.
    done = run("--import", shared)
    check(done.returncode == 0, "import exits 0")
    check(done.stdout.splitlines()[-1] == "circulation-flow-imported", "the new id is alone on the last line")
    check(own_files() == ["circulation-flow-imported.json"], "the routine is in the own pack")
    done = run("--list")
    check("circulation-flow-imported" in done.stdout and "Circulation flow (imported)" in done.stdout, "--list shows it")
    done = run("--export-routine", "circulation-flow-imported", os.path.join(folder, "mine.json"))
    check(done.returncode == 0, "one's own routine exports too")

    # A broken file: exit 1, every problem printed, nothing written.
    done = run("--import", broken)
    check(done.returncode == 1, "a broken import exits 1")
    problems = [line for line in done.stderr.splitlines() if line.startswith("error: r.json: ")]
    check(len(problems) == 5, "every problem of the broken file is printed")
    check("error: r.json: /steps/0/seconds: expected an integer from 5 to 600, found 0" in done.stderr,
          "in the loader's words, at its place")
    check(own_files() == ["circulation-flow-imported.json"], "nothing was imported from a broken file")

    # A named pipe is refused at once, not waited on.
    pipe = os.path.join(folder, "pipe.json")
    os.mkfifo(pipe)
    done = run("--import", pipe)
    check(done.returncode == 1 and "expected a regular file, found a named pipe (FIFO)" in done.stderr, "a pipe is refused")

    # A bundle of two comes in whole, each id on a line of its own at the end.
    routine = json.load(open(shared, encoding="utf-8"))
    first = dict(routine, id="evening-feet", title="Evening feet")
    second = dict(routine, id="morning-feet", title="Morning feet")
    pack = {"format": 1, "id": "club", "title": "Club routines", "locale": "en", "version": "1.0.0"}
    bundle = os.path.join(folder, "club.json")
    json.dump({"format": 1, "pack": pack, "routines": [first, second]}, open(bundle, "w", encoding="utf-8"))
    done = run("--import", bundle)
    check(done.returncode == 0 and done.stdout.splitlines()[-2:] == ["evening-feet", "morning-feet"], "a bundle imports whole")

    # A bundle with one broken routine: nothing of it comes in.
    third = dict(routine, id="third", title="Third")
    third["steps"] = [dict(routine["steps"][0], seconds=4)]
    json.dump({"format": 1, "pack": pack, "routines": [dict(first, id="fourth"), third]}, open(bundle, "w", encoding="utf-8"))
    before = own_files()
    done = run("--import", bundle)
    check(done.returncode == 1 and "error: club.json: /routines/1/steps/0/seconds: expected an integer from 5 to 600, found 4"
          in done.stderr, "a bundle's problem names its place in the bundle")
    check(own_files() == before, "nothing of a broken bundle was imported")

    done = run("--export-routine", "no-such-routine", os.path.join(folder, "x.json"))
    check(done.returncode == 1 and "there is no routine \"no-such-routine\"" in done.stderr, "an unknown id is refused")

    if failures:
        print("routines check: failed:", "; ".join(failures))
        return 1
    print("routines check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

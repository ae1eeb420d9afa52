#!/usr/bin/env python3
"""`legease --export-history` into a target that must be refused or cannot be written, made when
the test runs: the export must exit 1, say why, and leave the target as it was.

Usage: export_target.py KIND LEGEASE HISTORY_WRITER FOLDER
KIND is one of:
  fifo    the target is a named pipe (opening it to write would wait for a reader for ever)
  folder  the target is a folder
  device  the target is /dev/full; run as an ordinary user (nobody, when the tests run as root),
          so that even a broken check could not replace the device node
  full    a file-size limit lets no file grow past 2 KiB, so the export cannot be written
          (the same failure as a full disk, with EFBIG); an earlier export must survive whole
"""
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys

NOBODY = 65534
EXPECTED = {
    "fifo": r"legease: could not write .*/target: it is a named pipe \(FIFO\), not a regular file, so LegEase leaves it alone",
    "folder": r"legease: could not write .*/target: it is a folder, not a regular file, so LegEase leaves it alone",
    "device": r"legease: could not write /dev/full: it is a device, not a regular file, so LegEase leaves it alone",
    "full": r"legease: could not write .*/target: the file would be bigger than this system allows",
}


def as_nobody():
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def small_files():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


def main(kind, legease, writer, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    os.chmod(folder, 0o755)
    history = os.path.join(folder, "history.sqlite")
    subprocess.run([writer, history, "40"], check=True, stdout=subprocess.DEVNULL)
    target = os.path.join(folder, "target")
    preexec = None
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        os.mkdir(target)
    elif kind == "device":
        target = "/dev/full"
        preexec = as_nobody
    elif kind == "full":
        with open(target, "w") as earlier:
            earlier.write("an earlier export\n")
        preexec = small_files
    before = os.lstat(target)

    run = subprocess.run([legease, "--history", history, "--export-history", target], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, errors="replace", preexec_fn=preexec, timeout=60)
    print(run.stdout, end="")
    print(f"[exit status {run.returncode}, expected 1]")
    failures = []
    if run.returncode != 1:
        failures.append("the export did not exit with 1")
    if not re.search(EXPECTED[kind], run.stdout):
        failures.append(f"the output does not match: {EXPECTED[kind]}")
    after = os.lstat(target)
    if stat.S_IFMT(after.st_mode) != stat.S_IFMT(before.st_mode) or after.st_ino != before.st_ino:
        failures.append(f"{target} was replaced")
    if kind == "full":
        with open(target) as earlier:
            if earlier.read() != "an earlier export\n":
                failures.append("the earlier export was changed")
    # Only the export is looked at here (the history's own files may have been opened beside it).
    leftovers = sorted(name for name in os.listdir(folder) if name != "target" and not name.startswith("history.sqlite"))
    if leftovers:
        failures.append(f"files were left behind: {leftovers}")
    for failure in failures:
        print(f"[{failure}]")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

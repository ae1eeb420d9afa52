#!/usr/bin/env python3
"""Runs a command and passes only when it ends with the expected exit status and its output
(stdout and stderr together) matches the expected pattern, so a refusal is checked for saying
why, not only for failing. Usage: expect.py STATUS REGEX COMMAND [ARGS...]"""
import re
import subprocess
import sys


def main(status, pattern, *command):
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    print(run.stdout, end="")
    print(f"[exit status {run.returncode}, expected {status}]")
    if run.returncode != int(status):
        return 1
    if not re.search(pattern, run.stdout):
        print(f"[the output does not match: {pattern}]")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

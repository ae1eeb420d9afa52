#!/usr/bin/env python3
"""Start-up benchmark: runs bare_window and startup_app alternately and prints JSON lines.

usage: startup.py BIN_DIR WORK_DIR [ROUNDS]

Each round runs the bare window, LegEase with a 10,000-session history, the bare window again
and LegEase with no history, swapping the order every other round. A run's start-up time goes
from just before posix_spawn to the moment the program reports its first paint was done
(CLOCK_MONOTONIC, printed as "first_paint_ns N"); the time to the end of wait4 is kept as well.
Peak memory is wait4's ru_maxrss, the number `/usr/bin/time -f %M` prints. The ratio is the
median of the per-pair ratios (each LegEase run against the bare run beside it); the memory is
the difference of the medians. Details go to stderr.
"""
import json
import os
import statistics
import subprocess
import sys
import time

RATIO_TARGET = 1.3
RSS_TARGET_MIB = 15


def environment(work, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": os.path.join(work, home, "config"),
        "XDG_DATA_HOME": os.path.join(work, home, "data"),
        "XDG_CACHE_HOME": os.path.join(work, home, "cache"),
        "XDG_RUNTIME_DIR": os.path.join(work, "runtime"),
    })
    return env


def run(program, env, log):
    """(seconds to first paint, seconds to exit, peak RSS in KiB) of one run."""
    read_end, write_end = os.pipe()
    start = time.monotonic_ns()
    pid = os.posix_spawn(program, [program], env, file_actions=[
        (os.POSIX_SPAWN_DUP2, write_end, 1),
        (os.POSIX_SPAWN_DUP2, log.fileno(), 2),
        (os.POSIX_SPAWN_CLOSE, read_end)])
    _, status, usage = os.wait4(pid, 0)
    end = time.monotonic_ns()
    os.close(write_end)
    with os.fdopen(read_end) as out:
        reported = [l.split()[1] for l in out if l.startswith("first_paint_ns ")]
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not reported:
        sys.exit(f"startup: {program} failed (exit status {code}); its messages are in {log.name}")
    return (int(reported[0]) - start) / 1e9, (end - start) / 1e9, usage.ru_maxrss


def line(metric, value, unit, target):
    print(json.dumps({"metric": metric, "value": round(value, 2), "unit": unit, "target": target,
                      "ok": value <= target}), flush=True)


def main():
    bin_dir, work = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    bare = os.path.join(bin_dir, "bare_window")
    app = os.path.join(bin_dir, "startup_app")
    os.makedirs(os.path.join(work, "runtime"), mode=0o700, exist_ok=True)
    empty, full = environment(work, "empty"), environment(work, "history-10k")
    history = os.path.join(full["XDG_DATA_HOME"], "LegEase", "history.sqlite")
    if not os.path.exists(history):
        subprocess.run([os.path.join(bin_dir, "make_history"), history, "10000"], check=True)

    log_path = os.path.join(work, "startup-stderr.log")
    runs = {"bare": [], "empty": [], "full": []}
    ratios = {"empty": [], "full": []}
    exit_ratios = []
    with open(log_path, "w") as log:
        for _ in range(3):  # warm the page cache; the first app runs also write their settings
            run(bare, empty, log)
            run(app, empty, log)
            run(app, full, log)
        for i in range(rounds):
            order = [("full", full), ("empty", empty)]
            if i % 2:
                order.reverse()
            for case, env in order:
                pair = [("bare", bare, empty), (case, app, env)]
                if i % 2:
                    pair.reverse()
                result = {}
                for name, program, program_env in pair:
                    result[name] = run(program, program_env, log)
                    runs[name].append(result[name])
                ratios[case].append(result[case][0] / result["bare"][0])
                if case == "full":
                    exit_ratios.append(result[case][1] / result["bare"][1])

    def median(name, field):
        return statistics.median(r[field] for r in runs[name])

    for name in ("bare", "empty", "full"):
        print(f"#   {name:>5}: first paint {median(name, 0) * 1000:.1f} ms, exit {median(name, 1) * 1000:.1f} ms, "
              f"peak RSS {median(name, 2) / 1024:.1f} MiB (medians of {len(runs[name])} runs)", file=sys.stderr)
    print(f"#   no history: ratio {statistics.median(ratios['empty']):.2f}, "
          f"extra memory {(median('empty', 2) - median('bare', 2)) / 1024:.1f} MiB; "
          f"10,000 sessions, start to exit: ratio {statistics.median(exit_ratios):.2f}", file=sys.stderr)
    with open(log_path) as log:
        unusual = sorted({l.strip() for l in log if "propagateSizeHints" not in l and l.strip()})
    for message in unusual:
        print(f"#   message: {message}", file=sys.stderr)
    line("startup_ratio", statistics.median(ratios["full"]), "x", RATIO_TARGET)
    line("startup_peak_rss_extra_mib", (median("full", 2) - median("bare", 2)) / 1024, "MiB", RSS_TARGET_MIB)


if __name__ == "__main__":
    main()

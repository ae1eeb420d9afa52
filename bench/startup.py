#!/usr/bin/env python3
"""Start-up benchmark: LegEase against its floor, run alternately, as JSON lines.

usage: startup.py BIN_DIR WORK_DIR CONTENT_DIR [ROUNDS]

The floor (startup_floor) is LegEase's first screen built the plainest way: a main window with
its menu bar, the three sections, the ten article titles with summaries and the first article's
Markdown in a QTextBrowser, its text read from a plain file written here from CONTENT_DIR.
LegEase (startup_app) starts with real settings and content, once with no history and once with
10,000 sessions (which it must not open before its first paint).

Each round runs a floor and a LegEase run beside each other, for both histories, swapping the
order every other round; an empty window (bare_window) runs too, for information. A run's
start-up time goes from just before posix_spawn to the moment the program reports its first paint
was done (CLOCK_MONOTONIC, printed as "first_paint_ns N"). Peak memory is wait4's ru_maxrss. The
ratio is the median of the per-pair ratios (each LegEase run against the floor run beside it);
the memory is the difference of the medians. The platform is the caller's QT_QPA_PLATFORM
(offscreen by default); metric names end in it. Details go to stderr.
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time

RATIO_TARGET = 1.2
RSS_TARGET_MIB = 10


def environment(work, home, platform):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update({
        "QT_QPA_PLATFORM": platform,
        "XDG_CONFIG_HOME": os.path.join(work, home, "config"),
        "XDG_DATA_HOME": os.path.join(work, home, "data"),
        "XDG_CACHE_HOME": os.path.join(work, home, "cache"),
        "XDG_RUNTIME_DIR": os.path.join(work, "runtime"),
    })
    return env


def write_first_screen(content, path):
    """The floor's text: every article's title and summary in order, then the first article as
    LegEase shows it: its body, its cautions and its sources, in Markdown."""
    benefits = []
    for name in glob.glob(os.path.join(content, "benefits", "*.json")):
        with open(name, encoding="utf-8") as f:
            benefits.append(json.load(f))
    benefits.sort(key=lambda b: (b["order"], b["title"]))
    first = benefits[0]
    article = first["body"].strip() + "\n\n"
    if first.get("cautions"):
        article += "## When to hold back\n\n" + "".join(f"- {c}\n" for c in first["cautions"]) + "\n"
    if first.get("sources"):
        article += "## Sources\n\n" + "".join(
            f"- {s.get('authors', '')} ({s['year']}). *{s['title']}*\n" for s in first["sources"])
    with open(path, "w", encoding="utf-8") as out:
        for b in benefits:
            out.write(f"{b['title']}\t{b['summary']}\n")
        out.write("\n" + article)


def run(argv, env, log):
    """(seconds to first paint, peak RSS in KiB) of one run."""
    read_end, write_end = os.pipe()
    start = time.monotonic_ns()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[
        (os.POSIX_SPAWN_DUP2, write_end, 1),
        (os.POSIX_SPAWN_DUP2, log.fileno(), 2),
        (os.POSIX_SPAWN_CLOSE, read_end)])
    _, status, usage = os.wait4(pid, 0)
    os.close(write_end)
    with os.fdopen(read_end) as out:
        reported = [l.split()[1] for l in out if l.startswith("first_paint_ns ")]
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not reported:
        sys.exit(f"startup: {argv[0]} failed (exit status {code}); its messages are in {log.name}")
    return (int(reported[0]) - start) / 1e9, usage.ru_maxrss


def line(metric, value, unit, target):
    print(json.dumps({"metric": metric, "value": round(value, 2), "unit": unit, "target": target,
                      "ok": value <= target}), flush=True)


def main():
    bin_dir, work, content = sys.argv[1], sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    os.makedirs(os.path.join(work, "runtime"), mode=0o700, exist_ok=True)
    text = os.path.join(work, "first-screen.txt")
    write_first_screen(content, text)
    floor = [os.path.join(bin_dir, "startup_floor"), text]
    bare = [os.path.join(bin_dir, "bare_window")]
    app = [os.path.join(bin_dir, "startup_app")]
    empty, full = environment(work, "empty", platform), environment(work, "history-10k", platform)
    history = os.path.join(full["XDG_DATA_HOME"], "LegEase", "history.sqlite")
    if not os.path.exists(history):
        subprocess.run([os.path.join(bin_dir, "make_history"), history, "10000"], check=True)

    log_path = os.path.join(work, f"startup-{platform}-stderr.log")
    runs = {"floor": [], "bare": [], "empty": [], "full": []}
    ratios = {"empty": [], "full": []}
    bare_ratios = []
    with open(log_path, "w") as log:
        for _ in range(3):  # warm the page cache; the first app runs also write their settings
            run(floor, empty, log)
            run(app, empty, log)
            run(app, full, log)
        for i in range(rounds):
            order = [("full", full), ("empty", empty)]
            if i % 2:
                order.reverse()
            for case, env in order:
                pair = [("floor", floor, empty), (case, app, env)]
                if i % 2:
                    pair.reverse()
                result = {}
                for name, argv, program_env in pair:
                    result[name] = run(argv, program_env, log)
                    runs[name].append(result[name])
                ratios[case].append(result[case][0] / result["floor"][0])
            result_bare = run(bare, empty, log)
            runs["bare"].append(result_bare)
            bare_ratios.append(runs["empty"][-1][0] / result_bare[0])

    def median(name, field):
        return statistics.median(r[field] for r in runs[name])

    for name in ("floor", "bare", "empty", "full"):
        print(f"#   {platform} {name:>5}: first paint {median(name, 0) * 1000:.1f} ms, "
              f"peak RSS {median(name, 1) / 1024:.1f} MiB (medians of {len(runs[name])} runs)", file=sys.stderr)
    print(f"#   {platform}: against the floor, no history {statistics.median(ratios['empty']):.2f}x, "
          f"10,000 sessions {statistics.median(ratios['full']):.2f}x; against an empty window "
          f"{statistics.median(bare_ratios):.2f}x (information)", file=sys.stderr)
    with open(log_path) as log:
        unusual = sorted({l.strip() for l in log if "propagateSizeHints" not in l and l.strip()})
    for message in unusual:
        print(f"#   message: {message}", file=sys.stderr)
    line(f"startup_floor_ratio_{platform}", statistics.median(ratios["empty"] + ratios["full"]), "x", RATIO_TARGET)
    line(f"startup_rss_extra_mib_{platform}", (median("full", 1) - median("floor", 1)) / 1024, "MiB", RSS_TARGET_MIB)


if __name__ == "__main__":
    main()

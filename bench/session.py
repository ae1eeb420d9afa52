#!/usr/bin/env python3
"""The running-session benchmark: session_cpu (LegEase's session view, strokes moving on the leg
diagram) against its floor, session_floor (a bare widget of the diagram's size repainting one
moving shape at the same frame rate), run alternately, ROUNDS times WINDOW seconds each.

Prints JSON lines as bench/run expects them:
  session_cpu_floor_ratio   CPU time of the session over the floor's, all rounds together (<= 2.0)
  session_wakeups_per_s     context switches of the session process per second, running (<= 40)
  session_paused_wakeups_per_s   the same while paused (0)
  session_hidden_wakeups_per_s   the same while its window is hidden and no cue is due (0): out of
                                 sight it wakes only for a cue (a countdown second, halfway, a
                                 step's end), so it is measured from a step's start to before its
                                 halfway
and, on stderr, the absolute CPU percentages and the wakeups of a hidden session across its cues.

Usage: session.py BIN_DIR [ROUNDS] [WINDOW_SECONDS]"""
import json
import statistics
import subprocess
import sys


def run(command):
    out = subprocess.run(command, stdout=subprocess.PIPE, stderr=sys.stderr, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"session.py: {command[0]} failed with exit status {out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def metric(name, value, unit, target):
    ok = "true" if round(value, 2) <= target else "false"
    print(f'{{"metric": "{name}", "value": {value:.2f}, "unit": "{unit}", "target": {target:g}, "ok": {ok}}}', flush=True)


def main(bin_dir, rounds="2", window="30"):
    rounds, window = int(rounds), int(window)
    app, floor = [], []
    for _ in range(rounds):
        app.append(run([f"{bin_dir}/session_cpu", str(window)]))
        a = app[-1]
        floor.append(run([f"{bin_dir}/session_floor", str(window), str(a["diagram_width"]),
                          str(a["diagram_height"]), str(a["frame_ms"])]))
    app_cpu = sum(r["cpu_percent"] for r in app) / rounds
    floor_cpu = sum(r["cpu_percent"] for r in floor) / rounds
    print(f"  {rounds} x {window} s each: session {app_cpu:.2f} % CPU, floor {floor_cpu:.2f} % CPU "
          f"(diagram {app[0]['diagram_width']}x{app[0]['diagram_height']}, a frame every {app[0]['frame_ms']} ms); "
          f"floor wakeups {statistics.mean(r['wakeups_per_s'] for r in floor):.1f}/s; "
          f"hidden but running: {statistics.mean(r['hidden_wakeups_per_s'] for r in app):.2f} wakeups/s "
          f"with its cues, {statistics.mean(r['hidden_quiet_wakeups_per_s'] for r in app):.2f} with none due",
          file=sys.stderr)
    metric("session_cpu_floor_ratio", app_cpu / floor_cpu, "x", 2.0)
    metric("session_wakeups_per_s", statistics.mean(r["wakeups_per_s"] for r in app), "/s", 40)
    metric("session_paused_wakeups_per_s", max(r["paused_wakeups_per_s"] for r in app), "/s", 0)
    metric("session_hidden_wakeups_per_s", max(r["hidden_quiet_wakeups_per_s"] for r in app), "/s", 0)


if __name__ == "__main__":
    main(*sys.argv[1:])

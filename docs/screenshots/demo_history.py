#!/usr/bin/env python3
"""Writes a believable year of LegEase sessions into a history database (schema version 2),
for screenshots and for looking at the history view with real-looking data.

usage: demo_history.py DATABASE [DAYS]
"""
import datetime
import random
import sqlite3
import sys

ROUTINES = [
    ("bedtime-wind-down", "Bedtime wind-down", 810),
    ("post-run-recovery", "After-run recovery", 880),
    ("circulation-flow", "Circulation flow", 780),
    ("swollen-ankles", "Soothing swollen ankles", 720),
    ("stress-unwind", "Stress unwind", 810),
]
NOTES = ["", "", "", "Legs felt lighter afterwards.", "Did it after a 10 km run.", "Fell asleep before the end, \"oops\".",
         "Calves tight, went gently.", "Evening, feet up, lovely."]

def main():
    path = sys.argv[1]
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    rng = random.Random(7)
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE IF NOT EXISTS sessions (id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL,
          routine_title TEXT NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER,
          active_seconds INTEGER NOT NULL DEFAULT 0, steps_done INTEGER NOT NULL DEFAULT 0,
          steps_total INTEGER NOT NULL DEFAULT 0, completed INTEGER NOT NULL DEFAULT 0,
          feeling_before INTEGER, feeling_after INTEGER, note TEXT NOT NULL DEFAULT '');
        CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_at);
        CREATE INDEX IF NOT EXISTS sessions_routine ON sessions(routine_id, started_at);
        PRAGMA user_version = 2;""")
    today = datetime.datetime.now().replace(hour=21, minute=0, second=0, microsecond=0)
    for back in range(days, -1, -1):
        if rng.random() < 0.35 and back > 6:  # a week-long streak up to today
            continue
        routine_id, title, length = rng.choice(ROUTINES)
        start = today - datetime.timedelta(days=back, minutes=rng.randint(0, 600))
        completed = rng.random() > 0.12
        active = length if completed else rng.randint(60, length - 60)
        before = rng.randint(2, 6)
        after = min(10, before + rng.randint(1, 4)) if completed else None
        started_ms = int(start.timestamp() * 1000)
        db.execute("INSERT INTO sessions (routine_id, routine_title, started_at, ended_at, active_seconds, steps_done,"
                   " steps_total, completed, feeling_before, feeling_after, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (routine_id, title, started_ms, started_ms + (active + 40) * 1000, active, 16 if completed else 7, 16,
                    int(completed), before, after, rng.choice(NOTES)))
    db.commit()

if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""LegEase as a screen reader meets it, over the real AT-SPI bus.

Starts LegEase on a virtual X display with its accessibility bridge on, and, through pyatspi (what
Orca is built on):
  1. reads the first-run safety checklist item by item and checks each item against the pack,
  2. ticks the promise and presses Continue, then Start session, through their AT-SPI actions,
  3. records what a screen reader would speak as the session goes on (notifications shown:
     Orca 43 speaks an object with the notification role when it comes into view) and checks
     the step, halfway and the end are each said once, in that order, and nothing every second.

Run inside a D-Bus session and an X display, e.g.
    tests/support/with_xvfb.sh dbus-run-session -- /usr/bin/python3 check_atspi.py LEGEASE SAFETY_JSON PACK_DIR
Exits 0 when all holds, 1 with the reasons otherwise.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

TIMEOUT_S = 90


class Check:
    def __init__(self, legease, safety_json, pack):
        self.problems = []
        self.spoken = []  # notifications, in the order a screen reader would speak them
        self.frames = []
        with open(safety_json, encoding="utf-8") as f:
            self.checklist = [item["title"] for item in json.load(f)["checklist"]]
        self.home = tempfile.mkdtemp(prefix="legease-atspi-")
        config = os.path.join(self.home, "config", "LegEase")
        os.makedirs(config)
        with open(os.path.join(config, "legease.conf"), "w", encoding="utf-8") as f:
            f.write("[session]\ngetReadySeconds=0\n[sound]\nenabled=false\n")
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   XDG_CONFIG_HOME=os.path.join(self.home, "config"), XDG_DATA_HOME=os.path.join(self.home, "data"),
                   LANGUAGE="en", LANG="C.UTF-8")
        self.app = subprocess.Popen([legease, "--content", pack, "--routine", "ten-seconds", "--language", "en"], env=env)
        self.started = time.monotonic()
        self.stage = self.read_safety
        pyatspi.Registry.registerEventListener(self.on_showing, "object:state-changed:showing")
        # Like Orca: listening to name changes keeps the client's cache of names up to date.
        pyatspi.Registry.registerEventListener(lambda event: None, "object:property-change:accessible-name")
        GLib.timeout_add(250, self.tick)

    # --- finding things -------------------------------------------------------------------
    def application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and app.name.lower() == "legease":
                return app
        return None

    def find(self, role, name=None, start=None):
        root = start or self.application()
        if root is None:
            return None
        def wanted(acc):
            try:
                return acc.getRole() == role and (name is None or acc.name == name)
            except Exception:
                return False
        return pyatspi.findDescendant(root, wanted, breadth_first=True)

    def act(self, acc, *names):
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i).lower() in names:
                action.doAction(i)
                return True
        self.problems.append(f"{acc.name!r} offers none of the actions {names}")
        return False

    # --- the steps ------------------------------------------------------------------------
    def read_safety(self):
        dialog = self.find(pyatspi.ROLE_DIALOG, "Before you start")
        checklist = dialog and self.find(pyatspi.ROLE_LIST, "When to hold back", dialog)
        if not checklist:
            return False
        items = [checklist.getChildAtIndex(i).name for i in range(checklist.childCount)]
        if len(items) != len(self.checklist):
            self.problems.append(f"the checklist reads {len(items)} items, the pack has {len(self.checklist)}")
        for title, item in zip(self.checklist, items):
            if not item.startswith(title + ". ") or len(item) <= len(title) + 2:
                self.problems.append(f"checklist item {item!r} does not read as {title!r} and its detail")
        print(f"read the safety checklist item by item: {len(items)} items, first {items[0][:60]!r}...")
        promise = self.find(pyatspi.ROLE_CHECK_BOX, "I have read this, and I will stop if anything hurts", dialog)
        if not promise:
            self.problems.append("no check box for the promise")
            return self.finish()
        self.act(promise, "toggle", "press")
        self.stage = self.continue_safety
        return False

    def continue_safety(self):
        button = self.find(pyatspi.ROLE_PUSH_BUTTON, "Continue")
        if not button or not button.getState().contains(pyatspi.STATE_ENABLED):
            return False
        self.act(button, "press")
        self.stage = self.start_session
        return False

    def start_session(self):
        start = self.find(pyatspi.ROLE_PUSH_BUTTON, "Start session")
        if not start:
            return False
        frame = self.find(pyatspi.ROLE_FRAME, "Ten seconds · LegEase")
        if not frame:
            self.problems.append("the session window is not a frame named for its routine")
        self.spoken.clear()
        self.act(start, "press")
        self.session_started = time.monotonic()
        self.stage = self.listen
        return False

    def listen(self):
        if any(text.startswith("Well done") for text in self.spoken):
            return self.finish()
        return False

    def on_showing(self, event):
        try:
            if event.detail1 == 1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
                text = event.source.name
                elapsed = time.monotonic() - self.started
                print(f"  {elapsed:5.1f} s  notification: {text!r}")
                self.spoken.append(text)
        except Exception as error:  # an object gone before it could be read
            print(f"  (an event could not be read: {error})")

    # --- the verdict ----------------------------------------------------------------------
    def tick(self):
        if time.monotonic() - self.started > TIMEOUT_S:
            self.problems.append(f"gave up after {TIMEOUT_S} s while in {self.stage.__name__}")
            return self.finish()
        if self.app.poll() is not None:
            self.problems.append(f"LegEase ended early with status {self.app.returncode}")
            return self.finish()
        try:
            self.stage()
        except Exception as error:
            print(f"  (the tree changed while being read: {error})")
        return self.stage != self.done

    def finish(self):
        expected = ["Both legs, step 1 of 1: ", "Halfway through this step.", "Well done"]
        at = 0
        for text in self.spoken:
            if at < len(expected) and text.startswith(expected[at]):
                at += 1
        if at < len(expected):
            self.problems.append(f"expected to hear, in order, texts starting {expected}; heard {self.spoken}")
        for prefix in expected:
            heard = sum(1 for text in self.spoken if text.startswith(prefix))
            if heard > 1:
                self.problems.append(f"{prefix!r} was said {heard} times")
        if len(self.spoken) > 6:
            self.problems.append(f"{len(self.spoken)} announcements for a 10 s session: too many ({self.spoken})")
        self.stage = self.done
        pyatspi.Registry.stop()
        return False

    def done(self):
        return False


def main(legease, safety_json, pack):
    check = Check(legease, safety_json, pack)
    try:
        pyatspi.Registry.start()
    finally:
        check.app.terminate()
        try:
            check.app.wait(10)
        except subprocess.TimeoutExpired:
            check.app.kill()
    for problem in check.problems:
        print(f"PROBLEM: {problem}")
    print("screen reader check: " + ("passed" if not check.problems else f"{len(check.problems)} problem(s)"))
    return 1 if check.problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))

#!/usr/bin/env python3
# tuiframe.py: time a terminal program's first full screen the way a
# person sees it, for dossier and newsboat alike: start it in a detached
# tmux pane, poll the pane until a text shows, then read the program's
# peak resident memory.  The clock includes process start-up; polling
# makes it a few milliseconds coarse.  Prints frame_ms= and
# frame_rss_mb= ("n/a" with the reason on stderr when the text never
# shows).  Used by tests/bench/run and tests/bench/newsboat.
#
# Copyright (C) 2026 the dossier authors.  GPL-3.0-or-later.
"""Usage: tuiframe.py --until TEXT [--work DIR] [--timeout S] -- CMD..."""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time


def peak_rss_kb(pid):
    """Peak resident set (VmHWM) of a live process, in KiB; 0 if gone."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def first_frame(cmd, until, work, quit_keys="q", timeout=120.0):
    """(milliseconds, peak RSS KiB, None) once `until` is on screen, or
    (None, 0, reason).  cmd is a list; it runs under `exec`, so the
    pane's process is the program itself."""
    sock = os.path.join(work, "tuiframe.sock")
    name = "frame"
    shell = "exec " + " ".join(shlex.quote(c) for c in cmd)
    # The tmux server starts first, on a placeholder, so that its own
    # start-up is not counted; the clock starts as the program replaces it.
    r = subprocess.run(["tmux", "-S", sock, "new-session", "-d", "-s", name,
                        "-x", "120", "-y", "40", "sleep 600"],
                       capture_output=True, check=False)
    if r.returncode != 0:
        return None, 0, "tmux could not start"
    t0 = time.monotonic()
    r = subprocess.run(["tmux", "-S", sock, "respawn-pane", "-k", "-t", name,
                        shell], capture_output=True, check=False)
    if r.returncode != 0:
        subprocess.run(["tmux", "-S", sock, "kill-server"],
                       capture_output=True, check=False)
        return None, 0, "tmux could not start the program"
    ms, rss, why = None, 0, "%r never showed" % until
    try:
        while time.monotonic() - t0 < timeout:
            pane = subprocess.run(["tmux", "-S", sock, "capture-pane", "-p",
                                   "-t", name], capture_output=True,
                                  text=True, check=False).stdout
            if until in pane:
                ms = (time.monotonic() - t0) * 1000
                pid = subprocess.run(["tmux", "-S", sock, "list-panes", "-t",
                                      name, "-F", "#{pane_pid}"],
                                     capture_output=True, text=True,
                                     check=False).stdout.split()
                rss = peak_rss_kb(int(pid[0])) if pid else 0
                why = None
                break
            time.sleep(0.002)
    finally:
        subprocess.run(["tmux", "-S", sock, "send-keys", "-t", name,
                        quit_keys], capture_output=True, check=False)
        time.sleep(0.3)
        subprocess.run(["tmux", "-S", sock, "kill-server"],
                       capture_output=True, check=False)
    return ms, rss, why


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--until", required=True)
    ap.add_argument("--work")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd:
        ap.error("no command")
    work = a.work or tempfile.mkdtemp(prefix="tuiframe-")
    ms, rss, why = first_frame(cmd, a.until, work, timeout=a.timeout)
    if ms is None:
        print("tuiframe: %s" % why, file=sys.stderr)
        print("frame_ms=n/a\nframe_rss_mb=n/a")
    else:
        print("frame_ms=%.0f\nframe_rss_mb=%.1f" % (ms, rss / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())

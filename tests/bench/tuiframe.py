#!/usr/bin/env python3
# tuiframe.py: time a terminal program's first full screen, for dossier
# and newsboat alike.  The program runs on a pseudo-terminal of 120x40
# whose output is read as it comes; the clock starts just before the
# fork and stops when the screen text (escape sequences taken out)
# contains a given text, which is what a terminal would show at that
# moment.  Then the program's peak resident memory is read.  Prints
# frame_ms= and frame_rss_mb= ("n/a" with the reason on stderr when the
# text never shows).  Used by tests/bench/run and tests/bench/newsboat.
#
# --tmux times it the earlier way, in a detached tmux pane polled with
# capture-pane: each poll is a process start, so that clock includes
# tmux's own work (about 50 ms here for a program that only prints a
# line) and is coarse by a few milliseconds.
#
# Copyright (C) 2026 the dossier authors.  GPL-3.0-or-later.
"""Usage: tuiframe.py --until TEXT [--work DIR] [--timeout S] [--runs N] [--tmux] -- CMD..."""

import argparse
import fcntl
import os
import re
import select
import signal
import struct
import termios
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


# CSI and other escape sequences, and the charset switches ncurses uses
ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)"
                     rb"|[()][0-9A-Za-z]|[=>78M])")


def first_frame(cmd, until, work=None, quit_keys="q", timeout=120.0,
                cols=120, rows=40):
    """(milliseconds, peak RSS KiB, None) once `until` is on the
    program's screen, or (None, 0, reason).  cmd is a list; work is
    unused (kept for the tmux variant's callers)."""
    want = until.encode()
    want_ns = want.replace(b" ", b"")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols,
                                                       0, 0))
    env = dict(os.environ)
    env.setdefault("TERM", "xterm-256color")
    env["COLUMNS"], env["LINES"] = str(cols), str(rows)
    t0 = time.monotonic()
    try:
        pid = os.fork()
    except OSError as e:
        os.close(master)
        os.close(slave)
        return None, 0, "cannot fork: %s" % e
    if pid == 0:
        try:
            os.close(master)
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            if slave > 2:
                os.close(slave)
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)
    os.close(slave)
    ms, rss, why = None, 0, "%r never showed" % until
    raw = b""
    try:
        while time.monotonic() - t0 < timeout:
            r, _, _ = select.select([master], [], [], 0.5)
            if not r:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if not data:
                why = "the program ended before %r showed" % until
                break
            raw += data
            text = ESCAPES.sub(b"", raw)
            if want in text or want_ns in text.replace(b" ", b""):
                ms = (time.monotonic() - t0) * 1000
                rss = peak_rss_kb(pid)
                why = None
                break
    finally:
        try:
            os.write(master, quit_keys.encode())
            end = time.monotonic() + 2
            while time.monotonic() < end:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                r, _, _ = select.select([master], [], [], 0.05)
                if r:
                    try:
                        os.read(master, 65536)
                    except OSError:
                        pass
            else:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        except OSError:
            pass
        os.close(master)
    return ms, rss, why


def first_frame_tmux(cmd, until, work, quit_keys="q", timeout=120.0):
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
    ap.add_argument("--runs", type=int, default=1,
                    help="start it N times; the median time is printed")
    ap.add_argument("--tmux", action="store_true",
                    help="time it in a polled tmux pane instead")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd:
        ap.error("no command")
    work = a.work or tempfile.mkdtemp(prefix="tuiframe-")
    how = first_frame_tmux if a.tmux else first_frame
    times, rss, why = [], 0, None
    for _ in range(max(1, a.runs)):
        ms, r, why = how(cmd, a.until, work, timeout=a.timeout)
        if ms is None:
            break
        times.append(ms)
        rss = max(rss, r)
    ms = sorted(times)[(len(times) - 1) // 2] if why is None else None
    if ms is None:
        print("tuiframe: %s" % why, file=sys.stderr)
        print("frame_ms=n/a\nframe_rss_mb=n/a")
    else:
        print("frame_ms=%.0f\nframe_rss_mb=%.1f" % (ms, rss / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the end-to-end tests of maestro-sim: start the simulator, wait for its
"listening on" line, stop it, and report failures with what the simulator said.
Standard library only, so the tests run with Debian's /usr/bin/python3 as it is."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time

SKIP = 77  # ctest's SKIP_RETURN_CODE for these tests


class Failure(Exception):
    """A check failed; the message says what was expected and what came instead."""


def skip_or_fail(reason):
    """A missing tool skips the test on a developer's machine but fails it in CI,
    where everything the suite needs is installed on purpose."""
    if os.environ.get("CI"):
        print(f"FAIL: {reason} (CI is set, so this is an error)", file=sys.stderr)
        sys.exit(1)
    print(f"SKIP: {reason}", file=sys.stderr)
    sys.exit(SKIP)


class Sim:
    """One maestro-sim process with its stderr in a file of the test's temp folder."""

    def __init__(self, binary, workdir, name, args):
        self.name = name
        self.stderr_path = os.path.join(workdir, f"{name}.stderr")
        self.kubeconfig = os.path.join(workdir, f"{name}.kubeconfig")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [binary, "--kubeconfig-out", self.kubeconfig] + list(args),
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            stdin=subprocess.DEVNULL,
        )
        lines = queue.Queue()

        def read_first_line():
            lines.put(self.proc.stdout.readline())

        threading.Thread(target=read_first_line, daemon=True).start()
        try:
            first = lines.get(timeout=60).decode("utf-8", "replace").strip()
        except queue.Empty:
            self.stop()
            raise Failure(f"{name}: no 'listening on' line within 60 s\n{self.stderr_tail()}")
        if not first.startswith("listening on "):
            self.stop()
            raise Failure(f"{name}: first line was {first!r}\n{self.stderr_tail()}")
        self.url = first[len("listening on ") :]

    def alive(self):
        return self.proc.poll() is None

    def stderr_tail(self, limit=6000):
        # The child writes the file itself: there is nothing of ours to flush.
        try:
            with open(self.stderr_path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return "(no stderr)"
        if len(text) > limit:
            text = "...\n" + text[-limit:]
        return f"--- {self.name} stderr ---\n{text}--- end of {self.name} stderr ---"

    def stop(self):
        """SIGTERM must end it cleanly; returns its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise Failure(f"{self.name} ignored SIGTERM for 20 s\n{self.stderr_tail()}")
        if not self._stderr.closed:
            self._stderr.close()
        return self.proc.returncode


def poll(what, check, deadline_s, interval_s=1.0):
    """Calls check() until it returns a true value or the deadline passes; the last
    value (or exception text) goes into the failure, so a timeout says what was seen."""
    end = time.monotonic() + deadline_s
    last = None
    while True:
        try:
            result = check()
            if result:
                return result
            last = result
        except Failure as e:
            last = str(e)
        if time.monotonic() > end:
            raise Failure(f"timed out after {deadline_s} s waiting for {what}; last seen:\n{last}")
        time.sleep(interval_s)


def run_steps(steps, sims, overall_s=300):
    """Runs (name, function) pairs in order, timing each; on the first failure prints
    the failure and every simulator's stderr and returns 1. A watchdog fails the run
    after `overall_s`, so a hang in a client library still ends with the sim's stderr
    instead of at ctest's timeout with nothing to read."""

    def watchdog(signum, frame):
        raise Failure(f"the whole test ran over {overall_s} s")

    signal.signal(signal.SIGALRM, watchdog)
    signal.alarm(overall_s)
    try:
        return _run_steps(steps, sims)
    finally:
        signal.alarm(0)


def _run_steps(steps, sims):
    started = time.monotonic()
    for name, step in steps:
        t0 = time.monotonic()
        try:
            step()
        except Failure as e:
            print(f"FAIL {name}: {e}", file=sys.stderr)
            for sim in sims():
                print(sim.stderr_tail(), file=sys.stderr)
            return 1
        for sim in sims():
            if not sim.alive():
                print(f"FAIL {name}: {sim.name} exited with {sim.proc.returncode}", file=sys.stderr)
                print(sim.stderr_tail(), file=sys.stderr)
                return 1
        print(f"ok   {name} ({time.monotonic() - t0:.1f} s)", flush=True)
    print(f"all steps passed in {time.monotonic() - started:.1f} s", flush=True)
    return 0

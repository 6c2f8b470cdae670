#!/usr/bin/env python3
"""Drives the real `planq` REPL through a pseudo-terminal, as a person would type.

    repl_session.py PLANQ_BINARY DATA_DIR

Starts `planq --data DATA_DIR/kpis.csv` on a pty (so libedit is in charge), then:
  1. types `from kp` and Tab  -> the table name completes to `kpis `
  2. types `|` Enter          -> the continuation prompt appears
  3. types a `where` line     -> the two lines run as one statement
  4. `.mode csv`, then Up Up Enter -> the multi-line statement comes back as one history entry
  5. `.quit`
Prints the cleaned transcript; exits 1 with a message when something did not appear.
The caller sets PLANQ_HISTORY and checks the history file afterwards.
Needs only the Python standard library (pty, select), so it runs on CI machines with no terminal.
"""
import os
import pty
import re
import select
import signal
import struct
import sys
import time

try:
    import fcntl
    import termios
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = termios = None

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x07")


def clean(raw):
    text = ANSI.sub(b"", raw).replace(b"\r", b"")
    return text.decode("utf-8", "replace")


class Session:
    def __init__(self, argv, env, cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child: becomes planq on the pty
            try:
                os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        if fcntl is not None:
            fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.raw = b""
        self.mark = 0

    def send(self, keys):
        os.write(self.fd, keys.encode("utf-8"))

    def expect(self, pattern, timeout=15.0, what=None):
        """Waits until `pattern` (a regex) appears in the cleaned output after the last match."""
        regex = re.compile(pattern, re.S)
        deadline = time.time() + timeout
        while True:
            text = clean(self.raw)
            m = regex.search(text, self.mark)
            if m:
                self.mark = m.end()
                return m
            left = deadline - time.time()
            if left <= 0:
                self.fail("timed out waiting for %s" % (what or repr(pattern)))
            r, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    text = clean(self.raw)
                    if regex.search(text, self.mark):
                        continue
                    self.fail("planq ended while waiting for %s" % (what or repr(pattern)))
                self.raw += chunk

    def wait_exit(self, timeout=15.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                    self.raw += chunk
                except OSError:
                    pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8
        self.fail("planq did not exit")

    def fail(self, message):
        sys.stdout.write(clean(self.raw))
        sys.stdout.write("\n--- FAILED: %s\n" % message)
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        sys.exit(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    planq, data_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    env = dict(os.environ)
    env.update({"TERM": "xterm", "NO_COLOR": "1", "HOME": data_dir, "PLANQ_RC": ""})
    env.pop("EDITRC", None)
    s = Session([planq, "--data", os.path.join(data_dir, "kpis.csv")], env, data_dir)

    s.expect(r"planq \S+ — 1 table loaded \(\.tables\)\. \.help for help", what="the welcome line")
    s.expect(r"planq> ", what="the first prompt")

    s.send("from kp\t")
    s.expect(r"from kpis", what="Tab completing the table name")
    s.send("|\r")
    s.expect(r"\.\.\.> ", what="the continuation prompt after a trailing |")
    s.send('  where unit == "Waste"\r')
    s.expect(r"unit\s+period\s+indicator.*Recycling.*Recycling.*planq> ", what="the result of the two-line query")
    if "Housing" in clean(s.raw)[s.mark - 400 if s.mark > 400 else 0:s.mark]:
        s.fail("the where clause was not applied")

    s.send(".mode csv\r")
    s.expect(r"planq> ", what="the prompt after .mode csv")
    s.send("\x1b[A\x1b[A")  # Up, Up: back past `.mode csv` to the two-line statement
    s.expect(r"where unit == \"Waste\"", what="the recalled statement")
    s.send("\r")
    s.expect(r"unit,period,indicator,target,actual\n(Waste,[^\n]*\n){2}", what="the CSV result of the recalled statement")
    s.expect(r"planq> ")

    s.send(".quit\r")
    code = s.wait_exit()
    sys.stdout.write(clean(s.raw))
    if code != 0:
        sys.stdout.write("\n--- FAILED: planq exited with %d\n" % code)
        sys.exit(1)


if __name__ == "__main__":
    main()

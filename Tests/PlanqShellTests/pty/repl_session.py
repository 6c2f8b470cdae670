#!/usr/bin/env python3
"""Drives the real `planq` REPL through a pseudo-terminal, as a person would type.

    repl_session.py PLANQ_BINARY DATA_DIR [SCENARIO]

Starts `planq --data DATA_DIR` on a 120x40 pty (so libedit is in charge) and runs one
scenario (default `basics`):

  basics     Tab completes `from kp` to `kpis `; `|` Enter shows the continuation prompt
             saying a pipe is open (`..|>`); the two lines run as one statement; `.mode csv`;
             Up Up Enter recalls the two-line statement as one history entry; `.quit`.
             (The caller checks the history file afterwards.)
  pager      `.maxrows 0` then a 100-row result goes through $PAGER (the caller sets it to a
             command that marks its lines); `.pager off` prints the next one directly.
  progress   a slow query on DATA_DIR/huge.csv shows `running… N s` on the terminal, which is
             erased before the result prints.
  command-progress  the same query run as `planq -c` on the terminal (not the REPL) shows
             the progress line too, erased before its result.
  paste      bracketed paste (ESC[200~ … ESC[201~) of a statement holding a Tab: the Tab is
             text, so no completion list appears and the statement runs.
  line       `.mode line` prints one field per line.
  colour     without NO_COLOR, an entered statement is repainted with its keywords coloured.
  interrupt  Ctrl-C while a long result (DATA_DIR/long.csv) is being printed stops the printing.

Prints the cleaned transcript; exits 1 with a message when something did not appear.
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
        # The cleaned transcript, kept up to date as output arrives (cleaning all of a
        # multi-megabyte listing on every read would be quadratic).
        self.text = ""
        self.cleaned_upto = 0

    def update(self):
        """Cleans the raw output up to its last newline (escape sequences never span one)."""
        end = self.raw.rfind(b"\n") + 1
        if end > self.cleaned_upto:
            self.text += clean(self.raw[self.cleaned_upto:end])
            self.cleaned_upto = end
        return self.text + clean(self.raw[self.cleaned_upto:])

    def send(self, keys):
        os.write(self.fd, keys.encode("utf-8"))

    def expect(self, pattern, timeout=15.0, what=None):
        """Waits until `pattern` (a regex) appears in the cleaned output after the last match."""
        regex = re.compile(pattern, re.S)
        deadline = time.time() + timeout
        while True:
            text = self.update()
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
                    text = self.update()
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


def basics(s):
    s.send("from kp\t")
    s.expect(r"from kpis", what="Tab completing the table name")
    s.send("|\r")
    s.expect(r"\.\.\|> ", what="the continuation prompt saying a `|` is open")
    s.send('  where unit == "Waste"\r')
    s.expect(r"unit\s+period\s+indicator.*Recycling.*Recycling.*planq> ", what="the result of the two-line query")
    if "Housing" in s.update()[s.mark - 400 if s.mark > 400 else 0:s.mark]:
        s.fail("the where clause was not applied")

    s.send(".mode csv\r")
    s.expect(r"planq> ", what="the prompt after .mode csv")
    s.send("\x1b[A\x1b[A")  # Up, Up: back past `.mode csv` to the two-line statement
    s.expect(r"where unit == \"Waste\"", what="the recalled statement")
    s.send("\r")
    s.expect(r"unit,period,indicator,target,actual\n(Waste,[^\n]*\n){2}", what="the CSV result of the recalled statement")
    s.expect(r"planq> ")


def pager(s):
    s.send(".maxrows 0\r")
    s.expect(r"planq> ")
    s.send("from big\r")
    s.expect(r"(PAGED: [^\n]*\n){100}", what="100 rows through the pager")
    s.expect(r"planq> ", what="the prompt after the pager")
    s.send(".pager off\r")
    s.expect(r"planq> ")
    s.send("from big | take 60 | select n\r")
    m = s.expect(r"n\n─+\n(\s*\d+\n){60}planq> ", what="60 rows printed directly")
    if "PAGED" in m.group(0):
        s.fail("the pager ran after .pager off")


def progress(s):
    s.send("from huge | sort -x | take 1 | select x\r")
    s.expect(r"running… \d+\.\d s \(Ctrl-C stops\)", timeout=60, what="the progress line")
    s.expect(r"x\n─+\n\s*[\d,]+\nplanq> ", timeout=120, what="the result after the progress line")
    # The line was erased: an erase-to-end-of-line follows the last progress text.
    raw = s.raw.decode("utf-8", "replace")
    last = raw.rfind("running…")
    if "\x1b[K" not in raw[last:]:
        s.fail("the progress line was not erased")


def paste(s):
    s.send("\x1b[200~from kpis |\ttake 1\x1b[201~\r")
    m = s.expect(r"unit\s+period[^\n]*\n─[^\n]*\n[^\n]*\nplanq> ", what="the pasted statement's one row")
    listing = m.group(0)
    if "summarize" in listing or "describe" in listing:
        s.fail("Tab in pasted text listed completions")


def line_mode(s):
    s.send(".mode line\r")
    s.expect(r"planq> ")
    s.send('from kpis | where unit == "Waste" | select unit, indicator, actual\r')
    s.expect(r"     unit = Waste\nindicator = Recycling rate\n   actual = 0\.41\n", what="one field per line")


def interrupt(s):
    s.send(".pager off\r")
    s.expect(r"planq> ")
    s.send(".maxrows 0\r")
    s.expect(r"planq> ")
    s.send("from long | select x, label\r")
    s.expect(r"x\s+label\n", timeout=120, what="the start of the long result")
    s.send("\x03")
    s.expect(r"output stopped \(Ctrl-C\)", timeout=60, what="printing stopped by Ctrl-C")
    s.expect(r"planq> ", timeout=60)


def colour(s):
    s.send('from kpis | where unit == "Waste" | take 1\r')
    s.expect(r"Recycling rate.*planq> ", what="the result")
    raw = s.raw.decode("utf-8", "replace")
    # The entered statement is repainted in place: cursor up, then keywords bold, text green.
    if "\x1b[1A\r" not in raw or "\x1b[1mfrom\x1b[0m kpis | \x1b[1mwhere\x1b[0m unit == \x1b[32m\"Waste\"\x1b[0m" not in raw:
        s.fail("the statement was not repainted in colour")


SCENARIOS = {"colour": colour, "basics": basics, "pager": pager, "progress": progress, "paste": paste,
             "line": line_mode, "interrupt": interrupt}


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    planq, data_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    scenario = sys.argv[3] if len(sys.argv) == 4 else "basics"
    env = dict(os.environ)
    env.update({"TERM": "xterm", "NO_COLOR": "1", "HOME": data_dir, "PLANQ_RC": ""})
    if scenario == "colour":
        del env["NO_COLOR"]
    env.pop("EDITRC", None)
    if scenario == "command-progress":
        s = Session([planq, "--data", data_dir, "-c", "from huge | sort -x | take 1 | select x"], env, data_dir)
        s.expect(r"running… \d+\.\d s \(Ctrl-C stops\)", timeout=60, what="the progress line of -c")
        s.expect(r"x\n─+\n\s*[\d,]+\n", timeout=120, what="the result after the progress line")
        code = s.wait_exit()
        raw = s.raw.decode("utf-8", "replace")
        if "\x1b[K" not in raw[raw.rfind("running…"):]:
            s.fail("the progress line was not erased")
        sys.stdout.write(clean(s.raw))
        sys.exit(0 if code == 0 else 1)
    s = Session([planq, "--data", data_dir], env, data_dir)
    tables = len([f for f in os.listdir(data_dir) if f.endswith(".csv")])
    s.expect(r"planq \S+ — %d tables? loaded \(\.tables\)\. \.help for help" % tables, what="the welcome line")
    s.expect(r"planq> ", what="the first prompt")
    SCENARIOS[scenario](s)
    s.send(".quit\r")
    code = s.wait_exit()
    sys.stdout.write(clean(s.raw))
    if code != 0:
        sys.stdout.write("\n--- FAILED: planq exited with %d\n" % code)
        sys.exit(1)


if __name__ == "__main__":
    main()

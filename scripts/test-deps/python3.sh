# python3: the pseudo-terminal driver of the REPL tests (Tests/PlanqShellTests/pty) uses only its standard library.
command -v python3 >/dev/null || apt_install python3

"""planq for Python: queries over your own data through planq's C API (libplanqc).

    import planq

    db = planq.connect()                       # reads no files unless allowed
    db.register("budgets", [{"unit": "Youth", "gross": Decimal("8923.40")}])
    rows = db.query("from budgets | where gross > floor", floor=2000)
    # [{'unit': 'Youth', 'gross': Decimal('8923.40')}]

No compiler is needed: the package loads the shared library with ctypes. It looks for
it in $PLANQ_LIB (a path to libplanqc.so), then in the checkout's .build folders, then
on the library path. Values come back as Python types: exact decimals as Decimal,
dates as datetime.date, financial years and months as text ("2008/09", "2009-03").
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import datetime
import io
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

__all__ = ["connect", "Connection", "Error", "LimitError", "PreparedQuery"]

_OK, _ERROR, _LIMIT, _MISUSE = 0, 1, 2, 3


class Error(Exception):
    """A query or data error, with where it happened in the source."""

    def __init__(self, message: str, kind: str | None = None, line: int | None = None,
                 column: int | None = None, rendered: str | None = None):
        super().__init__(rendered or message)
        self.message = message
        self.kind = kind
        self.line = line
        self.column = column
        self.rendered = rendered


class LimitError(Error):
    """Something the host does not allow: a file outside the policy, a limit passed, a cancel."""


def _find_library() -> str:
    explicit = os.environ.get("PLANQ_LIB")
    if explicit:
        return explicit
    here = Path(__file__).resolve()
    for root in here.parents:
        for build in ("release", "debug"):
            candidate = root / ".build" / build / "libplanqc.so"
            if candidate.exists():
                return str(candidate)
    found = ctypes.util.find_library("planqc")
    if found:
        return found
    raise OSError("libplanqc.so not found: build planq (swift build) or set PLANQ_LIB to its path")


def _load() -> ctypes.CDLL:
    lib = ctypes.CDLL(_find_library())
    p, s, i, i64, d = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int64, ctypes.c_double
    signatures = {
        "planq_api_version": (i, []),
        "planq_open": (p, []),
        "planq_open_with_files": (p, [ctypes.POINTER(s), ctypes.c_size_t]),
        "planq_close": (None, [p]),
        "planq_interrupt": (None, [p]),
        "planq_set_max_rows": (i, [p, i64]),
        "planq_set_max_memory": (i, [p, i64]),
        "planq_set_timeout_ms": (i, [p, i64]),
        "planq_set_max_nesting": (i, [p, i]),
        "planq_allow_import": (i, [p, i]),
        "planq_remove_function": (i, [p, s]),
        "planq_register_csv": (i, [p, s, s, ctypes.c_size_t]),
        "planq_register_json": (i, [p, s, s, ctypes.c_size_t]),
        "planq_define": (i, [p, s]),
        "planq_prepare": (i, [p, s, ctypes.POINTER(p)]),
        "planq_prepare_with_params": (i, [p, s, ctypes.POINTER(s), ctypes.POINTER(s), ctypes.c_size_t, ctypes.POINTER(p)]),
        "planq_bind_int": (i, [p, s, i64]),
        "planq_bind_double": (i, [p, s, d]),
        "planq_bind_bool": (i, [p, s, i]),
        "planq_bind_text": (i, [p, s, s]),
        "planq_bind_decimal": (i, [p, s, s]),
        "planq_bind_date": (i, [p, s, i, i, i]),
        "planq_bind_null": (i, [p, s]),
        "planq_clear_bindings": (i, [p]),
        "planq_execute": (i, [p, ctypes.POINTER(p)]),
        "planq_query_free": (None, [p]),
        "planq_run": (i, [p, s, ctypes.POINTER(p)]),
        "planq_result_column_count": (i, [p]),
        "planq_result_column_name": (s, [p, i]),
        "planq_result_column_type": (s, [p, i]),
        "planq_result_render": (s, [p, s]),
        "planq_result_decimal_column": (ctypes.POINTER(i64), [p, i, ctypes.POINTER(i)]),
        "planq_result_free": (None, [p]),
        "planq_error_message": (s, [p]),
        "planq_error_kind": (s, [p]),
        "planq_error_line": (i, [p]),
        "planq_error_column": (i, [p]),
        "planq_error_rendered": (s, [p]),
        "planq_warning_count": (i, [p]),
        "planq_warning": (s, [p, i]),
        "planq_validate": (s, [p, s]),
    }
    for name, (restype, argtypes) in signatures.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    if lib.planq_api_version() != 1:
        raise OSError(f"libplanqc speaks C API version {lib.planq_api_version()}; this package needs 1")
    return lib


_lib: ctypes.CDLL | None = None


def _library() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        _lib = _load()
    return _lib


def _b(text: str) -> bytes:
    return text.encode("utf-8")


def connect(allow_read: Iterable[str | os.PathLike] | None = None, *, max_rows: int | None = None,
            max_memory: int | None = None, timeout: float | None = None, allow_import: bool = True) -> "Connection":
    """A new engine. It reads no files unless `allow_read` lists folders; limits as in the CLI
    (`timeout` in seconds, `max_memory` in bytes)."""
    return Connection(allow_read, max_rows=max_rows, max_memory=max_memory, timeout=timeout, allow_import=allow_import)


class Connection:
    """One planq engine. Use it from one thread at a time; `interrupt()` works from any."""

    def __init__(self, allow_read=None, *, max_rows=None, max_memory=None, timeout=None, allow_import=True):
        self._lib = _library()
        if allow_read:
            dirs = [_b(os.fspath(d)) for d in allow_read]
            array = (ctypes.c_char_p * len(dirs))(*dirs)
            self._engine = self._lib.planq_open_with_files(array, len(dirs))
        else:
            self._engine = self._lib.planq_open()
        if not self._engine:
            raise Error("planq_open failed")
        self.warnings: list[str] = []
        self.set_limits(max_rows=max_rows, max_memory=max_memory, timeout=timeout)
        if not allow_import:
            self._check(self._lib.planq_allow_import(self._engine, 0))

    # -- lifetime

    def close(self) -> None:
        if self._engine:
            self._lib.planq_close(self._engine)
            self._engine = None

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    # -- settings

    def set_limits(self, *, max_rows: int | None = None, max_memory: int | None = None,
                   timeout: float | None = None) -> None:
        """Sets (or with None removes) the row limit, memory budget (bytes) and time limit (seconds)."""
        self._check(self._lib.planq_set_max_rows(self._engine, max_rows or 0))
        self._check(self._lib.planq_set_max_memory(self._engine, max_memory or 0))
        self._check(self._lib.planq_set_timeout_ms(self._engine, int(round(timeout * 1000)) if timeout else 0))

    def remove_function(self, name: str) -> None:
        self._check(self._lib.planq_remove_function(self._engine, _b(name)))

    def define(self, source: str) -> None:
        """Definitions (`fn`, `let`) every later query sees."""
        self._check(self._lib.planq_define(self._engine, _b(source)))

    def interrupt(self) -> None:
        """Stops the running query (it raises LimitError "query cancelled"). Any thread."""
        if self._engine:
            self._lib.planq_interrupt(self._engine)

    # -- data

    def register(self, name: str, data: str | os.PathLike | Sequence[Mapping[str, Any]]) -> None:
        """Registers a table: a list of dicts (one per row), or the path of a CSV, TSV,
        JSON or JSONL file (read here, by the host: the engine's file policy is for queries)."""
        if isinstance(data, (str, os.PathLike)):
            path = Path(data)
            raw = path.read_bytes()
            if path.suffix.lower() in (".json", ".jsonl", ".ndjson"):
                self._check(self._lib.planq_register_json(self._engine, _b(name), raw, len(raw)))
            else:
                self._check(self._lib.planq_register_csv(self._engine, _b(name), raw, len(raw)))
            return
        rows = list(data)
        names: list[str] = []
        for row in rows:
            for key in row:
                if key not in names:
                    names.append(key)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([_cell(row.get(k)) for k in names])
        raw = out.getvalue().encode("utf-8")
        self._check(self._lib.planq_register_csv(self._engine, _b(name), raw, len(raw)))

    # -- queries

    def query(self, source: str, **params: Any) -> list[dict[str, Any]]:
        """Runs source and returns the rows of the last table it produces (a value is one
        row with a `value` column) as dicts. Keyword arguments are parameters: a `param` the
        source declares, or a name it uses."""
        if params:
            return self.prepare(source, **params).run()
        result = ctypes.c_void_p()
        self._check(self._lib.planq_run(self._engine, _b(source), ctypes.byref(result)))
        try:
            return _rows(self._lib, result)
        finally:
            self._lib.planq_result_free(result)

    def prepare(self, source: str, **params: Any) -> "PreparedQuery":
        """Parses and checks source ending in a query once, to run it many times with
        different parameters."""
        # Names the source uses without a `param` statement are declared with their first
        # value (written as a planq literal, which fixes the type); declared ones are bound.
        names = list(params)
        keys = (ctypes.c_char_p * max(len(names), 1))(*[_b(n) for n in names])
        literals = (ctypes.c_char_p * max(len(names), 1))(*[_b(_literal(params[n])) for n in names])
        handle = ctypes.c_void_p()
        self._check(self._lib.planq_prepare_with_params(self._engine, _b(source), keys, literals, len(names),
                                                        ctypes.byref(handle)))
        q = PreparedQuery(self, handle)
        for name, value in params.items():
            q.bind(name, value)
        return q

    def validate(self, source: str) -> list[dict[str, Any]]:
        """Problems in source without running it: dicts with severity, kind, message, line,
        column, end_line, end_column, hints."""
        text = self._lib.planq_validate(self._engine, _b(source))
        return json.loads(text.decode("utf-8")) if text else []

    # -- internals

    def _check(self, status: int) -> None:
        count = self._lib.planq_warning_count(self._engine)
        self.warnings = [self._lib.planq_warning(self._engine, i).decode("utf-8") for i in range(count)]
        if status == _OK:
            return
        message = (self._lib.planq_error_message(self._engine) or b"").decode("utf-8")
        kind = (self._lib.planq_error_kind(self._engine) or b"").decode("utf-8") or None
        line = self._lib.planq_error_line(self._engine) or None
        column = self._lib.planq_error_column(self._engine) or None
        rendered = (self._lib.planq_error_rendered(self._engine) or b"").decode("utf-8") or None
        if status == _MISUSE and not message:
            message = "planq was used from two threads at once, or given a missing argument"
        cls = LimitError if status == _LIMIT else Error
        raise cls(message, kind, line, column, rendered)


class PreparedQuery:
    """A query checked once; `bind` parameters and `run` it as often as needed."""

    def __init__(self, connection: Connection, handle: ctypes.c_void_p):
        self._connection = connection
        self._lib = connection._lib
        self._handle = handle

    def bind(self, name: str, value: Any) -> None:
        lib, h, n = self._lib, self._handle, _b(name)
        if value is None:
            status = lib.planq_bind_null(h, n)
        elif isinstance(value, bool):
            status = lib.planq_bind_bool(h, n, int(value))
        elif isinstance(value, int):
            status = lib.planq_bind_int(h, n, value)
        elif isinstance(value, float):
            status = lib.planq_bind_double(h, n, value)
        elif isinstance(value, Decimal):
            status = lib.planq_bind_decimal(h, n, _b(format(value, "f")))
        elif isinstance(value, datetime.date):
            status = lib.planq_bind_date(h, n, value.year, value.month, value.day)
        else:
            status = lib.planq_bind_text(h, n, _b(str(value)))
        self._connection._check(status)

    def run(self) -> list[dict[str, Any]]:
        result = ctypes.c_void_p()
        self._connection._check(self._lib.planq_execute(self._handle, ctypes.byref(result)))
        try:
            return _rows(self._lib, result)
        finally:
            self._lib.planq_result_free(result)

    def close(self) -> None:
        if self._handle:
            self._lib.planq_query_free(self._handle)
            self._handle = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _rows(lib: ctypes.CDLL, result: ctypes.c_void_p) -> list[dict[str, Any]]:
    count = lib.planq_result_column_count(result)
    names = [lib.planq_result_column_name(result, i).decode("utf-8") for i in range(count)]
    types = [lib.planq_result_column_type(result, i).decode("utf-8") for i in range(count)]
    # The JSON rendering is planq's documented output contract (docs/json-output.md);
    # decimals are read as Decimal so money stays exact. JSON writes each decimal at its
    # own scale (702.1); a Decimal keeps its column's (Decimal('702.10')), as the C API has it.
    text = lib.planq_result_render(result, b"json").decode("utf-8")
    rows = json.loads(text, parse_float=Decimal)
    convert = [_converter(t, _decimal_scale(lib, result, k) if t == "decimal" else None)
               for k, t in enumerate(types)]
    return [{name: conv(row.get(name)) for name, conv in zip(names, convert)} for row in rows]


def _decimal_scale(lib: ctypes.CDLL, result: ctypes.c_void_p, column: int):
    scale = ctypes.c_int(-1)
    units = lib.planq_result_decimal_column(result, column, ctypes.byref(scale))
    return scale.value if units and scale.value >= 0 else None


def _converter(type_name: str, scale=None):
    def none_or(fn):
        return lambda v: None if v is None else fn(v)
    if type_name == "float":
        return none_or(float)
    if type_name == "decimal":
        exponent = Decimal(1).scaleb(-scale) if scale is not None else None

        def decimal(v):
            d = v if isinstance(v, Decimal) else Decimal(v)
            return d.quantize(exponent) if exponent is not None and d.as_tuple().exponent > -scale else d
        return none_or(decimal)
    if type_name == "int":
        return none_or(int)
    if type_name == "date":
        return none_or(datetime.date.fromisoformat)
    return lambda v: v


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def _literal(value: Any) -> str:
    """A planq literal of the value's kind, for a parameter the source does not declare."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.date):
        return "@" + value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)

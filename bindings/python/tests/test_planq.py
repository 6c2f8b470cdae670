"""The Python package over planq's C API. Run by the Swift suite (ForeignHostTests) with
PLANQ_LIB pointing at the freshly built libplanqc.so."""

import datetime
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

import planq

BUDGETS = [
    {"unit": "Libraries", "fy": "2008/09", "gross": Decimal("1639.80")},
    {"unit": "Youth", "fy": "2008/09", "gross": Decimal("8923.40")},
    {"unit": "Libraries", "fy": "2009/10", "gross": Decimal("1700.20")},
]


@pytest.fixture
def db():
    with planq.connect() as connection:
        connection.register("budgets", BUDGETS)
        yield connection


def test_rows_come_back_as_dicts_with_exact_money(db):
    rows = db.query("from budgets | summarize gross = sum(gross) by unit | sort unit")
    assert rows == [{"unit": "Libraries", "gross": Decimal("3340.00")},
                    {"unit": "Youth", "gross": Decimal("8923.40")}]


def test_decimals_keep_their_columns_scale(db):
    # JSON output writes each decimal at its own scale (3340, 8923.4); a Decimal keeps its column's.
    rows = db.query("from budgets | summarize gross = sum(gross) by unit | sort unit")
    assert [str(r["gross"]) for r in rows] == ["3340.00", "8923.40"]
    db.register("mixed", [{"v": Decimal("73")}, {"v": Decimal("3.2")}, {"v": Decimal("0.125")}, {"v": None}])
    assert [None if r["v"] is None else str(r["v"]) for r in db.query("from mixed")] == ["73.000", "3.200", "0.125", None]


def test_values_have_python_types(db):
    rows = db.query("from budgets | where unit == \"Youth\" | derive due = @2009-03-31, n = 2, share = 0.5 * 1.0, ok = true")
    row = rows[0]
    assert row["fy"] == "2008/09"
    assert row["due"] == datetime.date(2009, 3, 31)
    assert row["n"] == 2 and isinstance(row["n"], int)
    assert row["ok"] is True
    assert isinstance(row["gross"], Decimal)


def test_parameters_declared_and_undeclared(db):
    source = "param year = FY2008/09\nfrom budgets | where fy == year | summarize gross = sum(gross)"
    assert db.query(source) == [{"gross": Decimal("10563.20")}]
    assert db.query(source, year="2009/10") == [{"gross": Decimal("1700.20")}]
    assert db.query("from budgets | where gross > floor | select unit", floor=2000) == [{"unit": "Youth"}]
    assert db.query("from budgets | where unit == who | select fy", who="Libraries") == [{"fy": "2008/09"}, {"fy": "2009/10"}]
    assert db.query("from budgets | where gross > floor | select unit", floor=Decimal("1700.10")) == [
        {"unit": "Youth"}, {"unit": "Libraries"}]


def test_prepared_query_runs_many_times(db):
    q = db.prepare("param year = FY2008/09\nfrom budgets | where fy == year | summarize n = count()")
    assert q.run() == [{"n": 2}]
    q.bind("year", "2009/10")
    assert q.run() == [{"n": 1}]
    with pytest.raises(planq.Error) as error:
        q.bind("year", 2009)
    assert error.value.message == "parameter `year` is fy, not int 2009"


def test_errors_carry_kind_line_and_column(db):
    with pytest.raises(planq.Error) as error:
        db.query("from budgets\n| where gros > 1")
    e = error.value
    assert e.message == "no column `gros`"
    assert e.kind == "name"
    assert (e.line, e.column) == (2, 9)
    assert "did you mean `gross`?" in e.rendered
    assert not isinstance(e, planq.LimitError)


def test_a_new_connection_reads_no_files(db):
    for snippet in ['from "/etc/passwd"', 'from read("/proc/self/environ", format = "csv")', 'import "/etc/passwd"']:
        with pytest.raises(planq.LimitError) as error:
            db.query(snippet)
        assert error.value.kind == "limit"


def test_allowed_folders_and_paths(tmp_path: Path):
    (tmp_path / "kpis.csv").write_text("code,value\nNI 47,650\nNI 48,12\n")
    with planq.connect(allow_read=[tmp_path]) as db:
        assert db.query(f'from "{tmp_path}/kpis.csv" | summarize n = count()') == [{"n": 2}]
        with pytest.raises(planq.LimitError):
            db.query('from "/etc/passwd"')
    # A host registers a file by path (read by Python) even when queries may read none.
    with planq.connect() as db:
        db.register("kpis", tmp_path / "kpis.csv")
        assert db.query("from kpis | where value > 100 | select code") == [{"code": "NI 47"}]


def test_limits(db):
    db.set_limits(max_rows=2)
    with pytest.raises(planq.LimitError) as error:
        db.query("from budgets")
    assert "more than the row limit of 2" in error.value.message
    db.set_limits(max_memory=1 << 10)
    with pytest.raises(planq.LimitError):
        db.query('lpad("x", 100000)')
    db.set_limits()
    assert len(db.query("from budgets")) == 3


def test_timeout_and_interrupt():
    with planq.connect(timeout=0.2) as db:
        db.register("same", [{"k": 1} for _ in range(6000)])
        start = time.monotonic()
        with pytest.raises(planq.LimitError) as error:
            db.query("from same | join same on k | summarize n = count()")
        assert "time limit" in error.value.message
        assert time.monotonic() - start < 2
    with planq.connect() as db:
        db.register("same", [{"k": 1} for _ in range(6000)])
        cancelled_at = []
        timer = threading.Timer(0.1, lambda: (cancelled_at.append(time.monotonic()), db.interrupt()))
        timer.start()
        with pytest.raises(planq.LimitError) as error:
            db.query("from same | join same on k | summarize n = count()")
        latency = time.monotonic() - cancelled_at[0]
        assert error.value.message == "query cancelled"
        assert latency < 0.1


def test_functions_definitions_and_warnings(db):
    db.remove_function("upper")
    with pytest.raises(planq.Error):
        db.query('from budgets | derive u = upper(unit)')
    db.define("fn pounds(x) = x * 1000")
    assert db.query("from budgets | where unit == \"Youth\" | derive p = pounds(gross) | select p") == [
        {"p": Decimal("8923400.00")}]
    db.register("dupes", [{"unit": "Youth"}, {"unit": "Youth"}])
    db.query("from budgets | join dupes on unit")
    assert len(db.warnings) == 1 and "join multiplied rows" in db.warnings[0]


def test_snippets_do_not_leak_definitions(db):
    db.query("fn sum(x) = 0\nlet budgets = 1\nfrom budgets | take 1")
    assert db.query("from budgets | summarize t = sum(gross)") == [{"t": Decimal("12263.40")}]


def test_validate_for_editors(db):
    assert db.validate("from budgets | select unit") == []
    problems = db.validate("from budgets | where gros > 1")
    assert problems[0]["message"] == "no column `gros`"
    assert (problems[0]["line"], problems[0]["column"]) == (1, 22)
    assert problems[0]["hints"] == ["did you mean `gross`?"]

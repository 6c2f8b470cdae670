"""spend_report: a Python tool with its own data (monthly spend by unit) that answers
planq questions about it through planq's C API. The planq part is the lines marked below.

    PLANQ_LIB=.build/release/libplanqc.so PYTHONPATH=bindings/python \
        python3 examples/embed/python/spend_report.py 'from spend | where amount > 500'
"""

import sys
from decimal import Decimal

import planq

# The tool's own data, as it already has it.
spend = [
    {"unit": "Libraries", "month": "2009-01", "amount": Decimal("134.50")},
    {"unit": "Libraries", "month": "2009-02", "amount": Decimal("128.75")},
    {"unit": "Youth", "month": "2009-01", "amount": Decimal("702.10")},
    {"unit": "Youth", "month": "2009-02", "amount": Decimal("745.90")},
]

# --- planq ---
db = planq.connect(max_rows=100_000, timeout=5)          # reads no files: the tool's data only
db.register("spend", spend)

for row in db.query("from spend | summarize total = sum(amount) by unit | sort unit"):
    print(f"{row['unit']}: £{row['total']}")

big = db.prepare("from spend | where amount > floor | sort month", floor=Decimal("0"))
big.bind("floor", Decimal("500"))
print(big.run())

question = sys.argv[1] if len(sys.argv) > 1 else "from spend | summarize months = count_distinct(month)"
try:
    for row in db.query(question):
        print(row)
except planq.Error as error:
    print(error.rendered, file=sys.stderr)
    sys.exit(65)
# --- end of planq ---

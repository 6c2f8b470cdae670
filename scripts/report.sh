#!/usr/bin/env bash
# The main job: builds planq (release), prints the flagship report over the bundled 2008/09
# plan data in the terminal, and writes the same report as HTML and PDF beside it
# (out/flagship.html, out/flagship.pdf), saying where. The PDF is printed by headless
# Chromium (Debian's `chromium`), installed here only when it is missing; without it the
# terminal report and the HTML are still produced.
#   scripts/report.sh [REPORT.planq] [--out DIR]     (default: examples/flagship.planq, out/)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

report=examples/flagship.planq
out=out
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        *) report="$1"; shift ;;
    esac
done
name=$(basename "$report" .planq)

scripts/setup.sh
scripts/build-release.sh >&2
planq=.build/release/planq
mkdir -p "$out"

"$planq" "$report"
"$planq" "$report" -o "$out/$name.html"

# Chromium is only needed for the PDF: install it when missing, and carry on without it.
if ! command -v chromium >/dev/null 2>&1 && [ -z "${PLANQ_CHROMIUM:-}" ]; then
    echo "installing chromium to print the PDF..." >&2
    apt_install chromium >&2 || true
fi
pdf_note=""
if "$planq" "$report" -o "$out/$name.pdf" 2>"$out/.pdf-error"; then
    pdf_note="$out/$name.pdf"
else
    pdf_note="not written: $(tail -1 "$out/.pdf-error")"
fi
rm -f "$out/.pdf-error"

echo >&2
echo "HTML: $out/$name.html" >&2
echo "PDF:  $pdf_note" >&2

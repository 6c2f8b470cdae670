#!/usr/bin/env python3
"""Checks planq HTML reports with html5lib, a conforming HTML5 parser: each file must parse
without a single parse error, have a <title>, and every chart must be an <svg> with a <title>
(its accessible name). Prints one line per file; exits 1 if any file fails.

    python3 scripts/check-html.py examples/reports/expected/*.html
"""
import sys

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def check(path):
    problems = []
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    with open(path, "rb") as f:
        doc = parser.parse(f)
    for pos, code, data in parser.errors:
        problems.append("parse error %s at line %s col %s %s" % (code, pos[0], pos[1], data or ""))
    titles = doc.findall(".//%shead/%stitle" % (XHTML, XHTML))
    if len(titles) != 1 or not (titles[0].text or "").strip():
        problems.append("the page needs one non-empty <title>")
    svgs = doc.findall(".//%ssvg" % SVG)
    for i, svg in enumerate(svgs):
        title = svg.find("%stitle" % SVG)
        if title is None or not (title.text or "").strip():
            problems.append("svg %d has no <title>" % (i + 1))
    for el in doc.iter():
        if el.tag in (XHTML + "script", XHTML + "link", XHTML + "iframe"):
            problems.append("external or scripted content: <%s>" % el.tag.split("}")[1])
        for attr in ("src", "href"):
            v = el.get(attr)
            if v and not v.startswith("#"):
                problems.append("reference to another file: %s=%r" % (attr, v))
    charts = len(doc.findall(".//%sfigure" % XHTML))
    return problems, len(svgs), charts


def main(paths):
    failed = False
    for path in paths:
        problems, svgs, figures = check(path)
        if problems:
            failed = True
            print("FAIL %s" % path)
            for p in problems[:20]:
                print("  " + p)
        else:
            print("ok %s (%d svg, %d figures)" % (path, svgs, figures))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

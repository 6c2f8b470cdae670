# html5lib (PyPI): the report tests parse every HTML example with a real HTML5 parser (scripts/check-html.py).
pip_install html5lib=html5lib

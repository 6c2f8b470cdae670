# openpyxl (PyPI): the Excel tests read back workbooks written by another program.
pip_install openpyxl=openpyxl

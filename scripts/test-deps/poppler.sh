# pdftotext and pdfinfo (Debian's poppler-utils): the PDF report test reads the pages and text back.
apt_install poppler-utils

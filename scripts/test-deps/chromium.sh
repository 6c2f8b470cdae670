# Headless Chromium: the report tests print an example to PDF and load every example's
# HTML page, failing on a console error or a blank page (ReportBrowserTests).
apt_install chromium

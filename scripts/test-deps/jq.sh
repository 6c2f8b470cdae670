# jq: docs/embedding.md pipes planq's JSON through it, and the documentation test runs that.
apt_install jq

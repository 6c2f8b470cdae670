# Shared helpers for the set-up scripts (sourced, not run).

# apt_install PACKAGE...: installs Debian packages that are missing, with one
# `apt-get update` per run; uses sudo when not root.
apt_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing ${missing[*]}..." >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "${PLANQ_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        export PLANQ_APT_UPDATED=1
    fi
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# pip_install MODULE=PACKAGE...: installs PyPI packages whose module cannot be imported.
pip_install() {
    local missing=()
    for spec in "$@"; do
        local module="${spec%%=*}" package="${spec#*=}"
        python3 -c "import $module" 2>/dev/null || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing ${missing[*]} (PyPI)..." >&2
    python3 -m pip install -q "${missing[@]}" >&2
}

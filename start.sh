#!/usr/bin/env bash
# Install what the program needs (once) and start it. Arguments go to main.py, e.g.
#   bash start.sh --demo                     a demo store in its own database (demo.db in the data folder)
#   bash start.sh --database postgresql://user:pw@server/fours
set -euo pipefail
cd "$(dirname "$0")"
export PIP_NO_INPUT=1

# Qt's libraries on a bare Debian/Ubuntu desktop (already there on most desktops).
packages=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-image0)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed' || missing+=("$package")
    done
    if ((${#missing[@]})); then
        sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi

stamp=$(cat requirements.txt <(python3 --version) | sha256sum | cut -c1-16)
if [[ ! -x .venv/bin/python || "$(cat .venv/.start-stamp 2>/dev/null)" != "$stamp" ]]; then
    python3 -m venv .venv
    .venv/bin/python -m pip install -q -r requirements.txt
    echo "$stamp" > .venv/.start-stamp
fi
exec .venv/bin/python main.py "$@"

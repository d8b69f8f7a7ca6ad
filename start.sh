#!/usr/bin/env bash
# Install what the program needs (once) and start it. Arguments go to main.py, e.g.
#   bash start.sh --demo                     a demo store in its own database (demo.db in the data folder)
#   bash start.sh --database postgresql://user:pw@server/fours
# It says what it is doing: the checks, the installing (first time, or after requirements.txt changed),
# and the logins of the demo store.
set -euo pipefail
cd "$(dirname "$0")"
export PIP_NO_INPUT=1

say() { printf '%s\n' "$*"; }
fail() { printf '%s\n' "$*" >&2; exit 1; }

# The system it is for: Linux (Debian / Ubuntu and the like); Windows PCs take the one-folder bundle.
case "$(uname -s)" in
    Linux) ;;
    *) fail "本脚本用于 Linux（Debian / Ubuntu）。Windows 电脑请用安装包（见 README：Installing on the store's PCs）。
This script is for Linux (Debian / Ubuntu); on Windows use the one-folder bundle (README)." ;;
esac
command -v python3 >/dev/null 2>&1 || fail "找不到 python3：请先安装 Python 3.10 或更新版本（sudo apt-get install python3 python3-venv）。
python3 not found: install Python 3.10 or newer (sudo apt-get install python3 python3-venv)."
python3 - <<'EOF' || exit 1
import sys
if sys.version_info < (3, 10):
    sys.exit(f"Python {sys.version.split()[0]} 太旧：需要 Python 3.10 或更新版本。 / Python {sys.version.split()[0]} is too old: 3.10 or newer is needed.")
if sys.version_info >= (3, 14):
    print(f"注意：Python {sys.version.split()[0]} 未经测试（已测试 3.10 至 3.13）。 / Note: Python {sys.version.split()[0]} is untested (3.10 to 3.13 are).")
EOF
say "检查：$(uname -s) $(uname -m)，$(python3 --version)  / checked: system and Python"

# Qt's libraries on a bare Debian/Ubuntu desktop (already there on most desktops).
packages=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-image0)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed' || missing+=("$package")
    done
    if ((${#missing[@]})); then
        say "安装系统库 / installing system libraries: ${missing[*]}"
        sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
else
    say "注意：不是 Debian / Ubuntu（没有 dpkg），请自行确认已安装 Qt 所需的系统库（libEGL、libxcb-cursor 等）。
Note: no dpkg here; make sure Qt's system libraries (libEGL, libxcb-cursor, ...) are installed."
fi

stamp=$(cat requirements.txt <(python3 --version) | sha256sum | cut -c1-16)
if [[ ! -x .venv/bin/python || "$(cat .venv/.start-stamp 2>/dev/null)" != "$stamp" ]]; then
    say "首次安装：建立虚拟环境并安装依赖（几分钟）… / installing: a virtual environment and the requirements (a few minutes)…"
    python3 -m venv .venv
    .venv/bin/python -m pip install -q -r requirements.txt
    echo "$stamp" > .venv/.start-stamp
    say "安装完成 / installed."
fi

data="${FOURS_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/FourS-Service}"
if [[ ! -e "$data/service.db" && ! -e "$data/settings.json" && " $* " != *" --database "* ]]; then
    say "首次启动：本机还没有数据（$data）。$( [[ " $* " == *" --demo "* ]] && echo "将在这里建立演示门店。" || echo "程序会先问数据存放在哪里（本机或门店服务器）。")
First start on this PC: no data yet in $data."
fi
for arg in "$@"; do
    if [[ "$arg" == "--demo" ]]; then
        say "演示门店：数据库为空时填入演示数据（首次需要几秒钟）。登录密码 demo123：
  advisor1 服务顾问   dispatch1 车间调度   qc1 质检员   parts1 备件仓库员
  cashier1 收银员     care1 客服专员       manager1 服务经理（可进入所有工作站）
  admin / admin123 系统管理员
Demo store (filled in when the database is empty; the first start takes a few seconds). Logins above, password demo123."
    fi
done
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    say "注意：没有图形显示（DISPLAY 未设置）。无显示器时看程序的方法见 README「Running it」。
Note: no display (DISPLAY is not set); README's \"Running it\" says how to look at the program without one."
fi
say "启动 / starting: python main.py $*"
exec .venv/bin/python main.py "$@"

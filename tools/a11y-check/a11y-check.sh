#!/bin/bash
# make a11y-check: the window read as a screen reader reads it. Installs what it needs (apt), starts a virtual X
# display (Xvfb) and a private D-Bus session with the AT-SPI bus, and runs a11y_check.py against
# coursedesk-a11y-driver with Qt's accessibility bridge on. Usage: a11y-check.sh <build dir>
set -euo pipefail
BUILD_DIR=${1:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
DRIVER=$BUILD_DIR/tests/coursedesk-a11y-driver
PACKAGES="xvfb at-spi2-core python3-pyatspi dbus-x11 python3-gi"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing missing packages:$missing"
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
[ -x "$DRIVER" ] || { echo "a11y-check: $DRIVER is missing: build it first (make build)" >&2; exit 2; }

LAUNCHER=$(ls /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher 2>/dev/null | head -1 || true)
REGISTRY=$(ls /usr/libexec/at-spi2-registryd /usr/lib/at-spi2-core/at-spi2-registryd 2>/dev/null | head -1 || true)
[ -n "$LAUNCHER" ] || { echo "a11y-check: at-spi-bus-launcher not found" >&2; exit 2; }

# A free display number.
DISPLAY_NUMBER=99
while [ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ] || [ -e /tmp/.X$DISPLAY_NUMBER-lock ]; do
    DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1))
done

export A11Y_DRIVER=$(cd "$(dirname "$DRIVER")" && pwd)/$(basename "$DRIVER")
export A11Y_HERE=$HERE A11Y_LAUNCHER=$LAUNCHER A11Y_REGISTRY=$REGISTRY A11Y_DISPLAY=:$DISPLAY_NUMBER
exec dbus-run-session -- bash -c '
    set -u
    Xvfb "$A11Y_DISPLAY" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    export DISPLAY=$A11Y_DISPLAY
    for i in $(seq 50); do [ -e /tmp/.X11-unix/X${DISPLAY#:} ] && break; sleep 0.1; done
    "$A11Y_LAUNCHER" --launch-immediately >/dev/null 2>&1 &
    LAUNCHER=$!
    sleep 0.5
    [ -n "$A11Y_REGISTRY" ] && { "$A11Y_REGISTRY" >/dev/null 2>&1 & REGISTRY=$!; }
    sleep 0.5
    export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    export LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC
    /usr/bin/python3 "$A11Y_HERE/a11y_check.py" "$A11Y_DRIVER"
    status=$?
    kill ${REGISTRY:-} $LAUNCHER $XVFB 2>/dev/null
    exit $status
'

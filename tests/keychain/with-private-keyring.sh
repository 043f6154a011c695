#!/bin/sh
# with-private-keyring.sh COMMAND [ARGUMENT…]
# Runs COMMAND in a private D-Bus session with its own unlocked GNOME Keyring: the Secret Service that
# QtKeychain talks to on Linux, as on a desktop, but headless and in throwaway XDG folders, so that the
# user's own session and keyring are never touched. Fails, saying why, when any part of it is missing or
# does not start: a test of the real keychain must not pass without one.
set -eu

say() { echo "with-private-keyring: $*" >&2; }
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        say "$tool is not installed ('make deps' installs dbus, gnome-keyring and libsecret-tools)"
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/coursedesk-keyring.XXXXXX")
trap 'rm -rf "$home" 2>/dev/null || true' EXIT
mkdir -m 700 "$home/data" "$home/config" "$home/cache" "$home/runtime"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
dbus-run-session -- sh -c '
    # A new login keyring, created and unlocked with this password, becomes the default collection.
    if ! printf keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "with-private-keyring: gnome-keyring-daemon did not start on the private D-Bus session" >&2
        exit 1
    fi
    exec "$@"' with-private-keyring "$@" || status=$?
exit "$status"

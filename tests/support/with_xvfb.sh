#!/bin/sh
# Runs a command on a virtual X display of its own. Xvfb picks a free display itself
# (-displayfd), so two tests side by side, or another Xvfb on a shared machine, never end up on
# the same display as two `xvfb-run -a` can (both choose :99 when they start together, and an X
# server of another container is invisible to its lock-file check).
#   with_xvfb.sh [--screen WxHxDEPTH] COMMAND [ARGS...]     (the screen is 1280x1024x24 unless given)
screen=1280x1024x24
if [ "$1" = "--screen" ]; then
    screen=$2
    shift 2
fi
ready=$(mktemp)
# -noreset: by default an X server resets itself whenever its last client leaves, and a client
# that connects during the reset is turned away ("could not connect to display"). In the screen
# reader test the AT-SPI bus launcher leaves just as LegEase connects.
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$ready" 2>/dev/null &
server=$!
for _ in $(seq 200); do
    [ -s "$ready" ] && break
    sleep 0.05
done
display=$(head -n 1 "$ready")
rm -f "$ready"
if [ -z "$display" ]; then
    echo "with_xvfb.sh: Xvfb did not start" >&2
    kill "$server" 2>/dev/null
    exit 1
fi
env -u XAUTHORITY DISPLAY=":$display" "$@"
status=$?
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
exit $status

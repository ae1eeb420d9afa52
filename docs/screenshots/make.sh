#!/usr/bin/env bash
# Renders the README screenshots with the app's own --screenshot option, light and dark,
# with a believable year of history. Run after building: docs/screenshots/make.sh [BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build/dev/bin/legease}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/demo_history.py" "$work/history.sqlite" 365
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"  # never the person's own settings
for theme in light dark; do
    for view in benefits routines session history settings editor; do
        "$app" --theme "$theme" --history "$work/history.sqlite" --routine circulation-flow \
            --screenshot "$view" "$here/$view-$theme.png"
    done
done
# The techniques guide, and three strokes caught mid-motion (the motion is a pure function of
# time, so --phase picks the moment): wringing in a session, thumb walking and kneading cards.
for theme in light dark; do
    "$app" --theme "$theme" --history "$work/history.sqlite" --phase 0.4 --screenshot techniques "$here/techniques-$theme.png"
done
"$app" --theme light --history "$work/history.sqlite" --routine post-run-recovery --step 3 --phase 0.3 \
    --screenshot session "$here/motion-wringing-session-light.png"
"$app" --theme light --size 1100x640 --phase 0.55 --screenshot technique:thumb-walking "$here/motion-thumb-walking-light.png"
"$app" --theme dark --size 1100x640 --phase 0.25 --screenshot technique:kneading "$here/motion-kneading-dark.png"
# The interface in German at the smallest supported size, where clipped text would show first.
for view in routines history settings editor; do
    "$app" --language de --history "$work/history.sqlite" --routine circulation-flow --size 800x600 \
        --screenshot "$view" "$here/$view-de.png"
done

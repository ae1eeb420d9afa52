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
# The interface in German at the smallest supported size, where clipped text would show first.
for view in routines history settings editor; do
    "$app" --language de --history "$work/history.sqlite" --routine circulation-flow --size 800x600 \
        --screenshot "$view" "$here/$view-de.png"
done

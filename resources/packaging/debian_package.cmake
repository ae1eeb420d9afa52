# `cpack -G DEB` in the build folder (or .ci/check-deb) packs what `cmake --install` lays out
# into legease_<version>_<arch>.deb for /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME legease)
set(CPACK_PACKAGE_VENDOR "The LegEase developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One list item per line of the control file's extended description (dpkg shows it as written).
set(CPACK_PACKAGE_DESCRIPTION
    "LegEase guides self-massage of the legs one timed step at a time: which leg,"
    "which region, which stroke, how firm and for how long, with a leg diagram,"
    "sound cues and optional spoken instructions. It has ten short articles on"
    "what leg massage may help with, a safety screen, and a history of sessions."
    "It offers general wellbeing guidance, not medical advice.")
list(JOIN CPACK_PACKAGE_DESCRIPTION "\n" CPACK_PACKAGE_DESCRIPTION)
# No real address yet: keep project()'s placeholder HOMEPAGE_URL out of the package (CPack would
# copy it into the Homepage field when this is left undefined).
set(CPACK_PACKAGE_HOMEPAGE_URL "")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_VENDOR}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# dpkg-shlibdeps finds the Qt libraries the binary links. Plugins that Qt loads at run time are
# invisible to it, so the ones LegEase needs are named here (`dpkg -S` tells which package ships
# each): the SQLite driver for the history. The xcb and offscreen platforms and the SVG icon engine
# ship in libqt6gui6 and libqt6svg6, which shlibdeps already lists.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Nice to have, and the app works without them: a voice for spoken steps, the native Wayland
# platform (XWayland serves otherwise), Qt's own translated button texts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-flite-plugin, qt6-wayland, qt6-translations-l10n")

include(CPack)

"""What the frozen build leaves out, used by installer/cchc.spec and bench/bench_frozen.py.

Of Qt, in the hooks of this folder: they replace PyInstaller's own hooks for QtCore, QtGui,
QtWidgets and QtNetwork, collect the same, then drop these files *before* the dependency
analysis, so that the libraries only they need are not collected either:

- Qt's own translation catalogues (qtbase_*.qm, 7 MB): the program never installs them; its
  own translation is resources/translations/cchc_*.qm.
- Plugins the window never loads: image formats other than the ones a widget application
  reads (PDF and SVG would pull in QtPdf and QtSvg), the SVG icon engine, the input plugins
  and platforms of embedded devices (evdev, tuio — which needs QtNetwork —, eglfs, linuxfb,
  vnc, minimal), and the GTK 3 platform theme, whose dependencies (GTK, GDK, cairo, pango,
  ATK, epoxy…) weigh ~25 MB: without it Qt draws its own Fusion style and its own file
  dialogs on Linux, as on a desktop without GTK.
- QtNetwork's plugins (network information, TLS backends): the program only uses local
  sockets (desktop/ui/single_instance.py), never the network.

- The native Wayland platform and its client plugins (with libQt6WaylandClient, ~4.7 MB): on
  a Wayland desktop the window runs through XWayland, which every Wayland desktop provides,
  as Qt does when the Wayland plugin is missing. (The frozen folder must stay under 150 MB,
  and the people this program is for use Windows; Linux builds are for testing and servers.)

Kept of Qt: the platforms (windows, xcb, cocoa, offscreen), the
input method contexts (IBus: Vietnamese typing with ibus-unikey or ibus-bamboo on Linux),
the XDG desktop portal theme, the widget styles, and the GIF, ICO and JPEG image formats.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DROP_PLUGIN = re.compile(
    r"plugins[/\\]("
    r"imageformats[/\\][^/\\]*(pdf|svg|tiff|webp|tga|wbmp|icns)[^/\\]*"
    r"|iconengines[/\\][^/\\]*svg[^/\\]*"
    r"|generic[/\\][^/\\]*"
    r"|egldeviceintegrations[/\\][^/\\]*"
    r"|platforms[/\\][^/\\]*(vnc|linuxfb|minimal|eglfs|vkkhrdisplay|direct2d|wayland)[^/\\]*"
    r"|wayland-[a-z-]+[/\\][^/\\]*"
    r"|platformthemes[/\\][^/\\]*gtk[^/\\]*"
    r"|networkinformation[/\\][^/\\]*|tls[/\\][^/\\]*"
    r")$", re.IGNORECASE)
TRANSLATIONS = re.compile(r"(^|[/\\])translations([/\\]|$)", re.IGNORECASE)


def trimmed(collected: tuple[list, list, list]) -> tuple[list, list, list]:
    """(hiddenimports, binaries, datas) of `add_qt6_dependencies`, less the files above."""
    hiddenimports, binaries, datas = collected
    binaries = [entry for entry in binaries if not DROP_PLUGIN.search(str(entry[0]))]
    datas = [entry for entry in datas if not TRANSLATIONS.search(str(entry[1]))]
    return hiddenimports, binaries, datas


# Linux: the desktop's own libraries are not shipped but taken from the system, as for any
# program of the distribution (and as AppImage does): X11 and xcb, xkbcommon, fontconfig and
# FreeType (a bundled fontconfig older than the system's font configuration fails to read
# it), GLib, D-Bus and what they pull in (systemd, gcrypt, lz4, zstd). They are the packages
# Qt needs anyway (dev.py's SYSTEM_LIBS, installer/README.md). Python's own libraries
# (libpython, OpenSSL's libcrypto for hashlib, SQLite, zlib, lzma, bz2, ffi), Kerberos (which
# QtNetwork links) and the C++ runtime the Qt wheels were built against stay in the folder.
SYSTEM_LIBS = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|xcb(-[a-z0-9-]+)?|xkbcommon(-x11)?|fontconfig|freetype|png16|"
    r"brotli(common|dec)|expat|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|"
    r"pcre2-8|dbus-1|systemd|gcrypt|gpg-error|lz4|zstd|cap|bsd|md)\.so(\.\d+)*$")


def from_system(entry: tuple) -> bool:
    """A binary entry (dest, src, typecode) of a Linux system library named above, collected
    from the system's library folders (not one a wheel bundles)."""
    dest, src = Path(entry[0]), entry[1] or ""
    return (len(dest.parts) == 1 and bool(SYSTEM_LIBS.match(dest.name))
            and src.startswith(("/lib", "/usr/lib")))


def without_system_libs(binaries: list) -> list:
    if not sys.platform.startswith("linux"):
        return list(binaries)
    return [entry for entry in binaries if not from_system(entry)]

"""Qt's GUI module as PyInstaller collects it, less the GTK 3 platform theme.

That plugin links the desktop's own GTK 3. Bundled, it drags copies of cairo, pango, atk and glib
from the build machine into the app, and the desktop's GTK then meets those copies at run time
(symbol clashes, crashes at the first file dialog). Without it Qt takes the XDG desktop portal theme
(native file dialogs through the portal) or its own Fusion style, which needs nothing from the system.
This hook replaces PyInstaller's own hook for PySide6.QtGui (hooks in hookspath take precedence).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not Path(src).name.startswith(("libqgtk3", "qgtk3"))]

"""Entry point of the frozen "CCHC Desk" executable: the window, or the command given (a
package file to open, for instance), exactly as `cchc-desk` runs it. On Linux and macOS the
`cchc` command of the frozen folder is a symbolic link to this same executable (there is no
console/windowed split to keep apart, and a second executable would carry a second copy of
every Python module): started under that name, it is the command line."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name == "cchc":
        from desktop.cli import main
    else:
        from desktop.app import main
    sys.exit(main())

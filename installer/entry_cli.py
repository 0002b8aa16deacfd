"""Entry point of the frozen `cchc` console executable (for scripts): the same program as
the `cchc` console script of a checkout (`desktop.cli:main`)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

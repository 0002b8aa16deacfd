"""`python -m desktop` runs the same entry point as the `cchc` console script."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

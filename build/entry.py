"""PyInstaller entry point: the frozen `jobops` executable runs the normal command line."""

import sys

from jobops_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

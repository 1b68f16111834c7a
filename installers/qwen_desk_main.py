"""PyInstaller entry script for the frozen app: the same ``main`` as ``python -m desktop``."""

import multiprocessing
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    sys.exit(main())

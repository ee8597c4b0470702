"""The bundle's entry point: the same command line as the installed ``breathing-room``."""

import sys

from app.cli import main

sys.exit(main())

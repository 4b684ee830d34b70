"""`python -m stats` runs the attack-stats command line."""

import sys

from .cli import main

sys.exit(main())

import sys

from attribution.cli import main

sys.exit(main())

import sys

from convoy.cli import main

sys.exit(main())

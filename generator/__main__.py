"""python -m generator: a short-lived process that allocates millions of small objects and frees almost none.

The cyclic collector would scan them again and again (it costs a third of spec loading), and freeing them one by one
at exit takes a tenth of the build; so it runs without the collector and leaves with os._exit once its output is
flushed. Everything it writes is written and closed before main() returns.
"""

import gc
import os
import sys

from .cli import main

gc.disable()
code = main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)

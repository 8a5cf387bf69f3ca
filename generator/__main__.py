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
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except BrokenPipeError:  # its reader has gone (`| head`)
        code = code or 1
os._exit(code)

"""`python -m kiwoom_sdk.cli`: the `kiwoom` command."""

from . import main

main()

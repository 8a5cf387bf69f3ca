"""Checks of the installed wheel (`make dist`), run from outside the repository."""

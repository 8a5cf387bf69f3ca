"""Stage 3: turning rendered text into files: formatting Python with the pinned ruff, writing a tree all or nothing,
and the Jinja environment of the targets' templates."""

"""Stage 2: the corpus → the files of one output each. Every target exposes `files(corpus) -> {path: text}` (paths
relative to generated/) and reads the model without changing it; build.py merges them and refuses two targets
writing one path.

- library/        the kiwoom_sdk package: clients, request/response models, codes, errors, realtime, runtime copy
- docs/           the package's Markdown reference (kiwoom_sdk/docs)
- package_tests/  the package's own tests (generated/tests)
- sim.py          the simulator's catalog (the simulator itself is runtime)
- cli.py          the `kiwoom` command's and MCP server's catalog (the command itself is runtime)
"""

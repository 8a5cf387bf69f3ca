"""Stage 1: specs/*.yaml → the intermediate model (`Corpus`) and the problems that stop a build: YAML reading,
JSON Schema validation, kind inference, cross-file lint, reports."""

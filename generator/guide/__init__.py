"""Stage 0: the official guide workbook → the facts of the spec files (`import-guide`). Only this stage reads
workbooks (openpyxl)."""

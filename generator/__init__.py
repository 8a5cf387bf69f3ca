"""Compile the Kiwoom API specs: import the guide workbook, lint the specs, report on them."""

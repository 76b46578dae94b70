"""The report to the province: its data, workbook, PDF hand-off, e-mail draft and files."""

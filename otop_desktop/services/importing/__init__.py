"""Importing the interchange table from .xlsx or .csv: reading, parsing, all-or-nothing writes."""

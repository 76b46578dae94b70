"""The report page and the report's printable PDF."""

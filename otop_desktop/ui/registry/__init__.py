"""The registry page: search, filter, open, delete with undo."""

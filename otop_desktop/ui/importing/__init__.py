"""The import dialog: preview, column mapping, problems, all or nothing."""

"""Backups of the database: made, listed, previewed, checked and restored."""

"""Backups, restore and exchange between computers, as the File menu offers them."""

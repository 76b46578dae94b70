"""Registrations: add, edit, delete, restore, find and browse; the unfinished form's draft."""

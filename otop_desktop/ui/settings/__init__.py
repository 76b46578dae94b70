"""The first-run wizard and the Settings page."""

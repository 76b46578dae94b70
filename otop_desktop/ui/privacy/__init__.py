"""Personal data on screen: the password lock, the privacy notice and settings, the audit log."""

"""Personal data: the program password, the audit trail and anonymising old records."""

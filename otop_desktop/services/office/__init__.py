"""The office: its district or province, officer, settings, and the areas it covers."""

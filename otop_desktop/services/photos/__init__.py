"""Photos of a registration: checked, stripped of their metadata, made small, and stored."""

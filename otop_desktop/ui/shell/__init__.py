"""The application around the pages: start-up, the main window, its guards, look and settings."""

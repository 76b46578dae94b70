"""OTOP Desktop: district registration of OTOP producers, quota tracking and reporting."""

__version__ = "0.1.0"
APP_NAME = "OTOP Desktop"

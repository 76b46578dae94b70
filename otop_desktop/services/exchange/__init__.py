"""Packages between two computers of one office, or from districts to the province."""

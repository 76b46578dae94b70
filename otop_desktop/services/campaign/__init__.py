"""Campaigns across fiscal years: which one is active, which one the views show, new ones."""

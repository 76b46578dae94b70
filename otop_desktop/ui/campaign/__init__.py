"""Campaigns on screen: the chooser on every page, the fields of a campaign, a new year's dialog."""

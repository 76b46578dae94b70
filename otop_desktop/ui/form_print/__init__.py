"""The printed registration form on screen and on the printer: preview, print, save as PDF."""

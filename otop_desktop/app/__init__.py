"""The composition root: paths, database, services and windows are wired here, and here alone
it is decided whether the office is a district's or a province's (services.py for the core,
windows.py for the GUI, which loads Qt only when a window opens)."""

from otop_desktop.app.services import Services, open_services, resources_dir

__all__ = ["Services", "open_services", "resources_dir"]

"""Everything Qt: windows, pages, dialogs, models and widgets."""

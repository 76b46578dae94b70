"""What touches the operating system and devices: the data folder, the instance lock, crash logs,
the ID card reader."""

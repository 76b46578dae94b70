"""What touches the operating system: the data folder, the instance lock, crash logs."""

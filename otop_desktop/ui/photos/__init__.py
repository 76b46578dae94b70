"""Photos in the interface: Qt's image codecs behind the core's port, and the photo viewer."""

"""Use cases over the domain and the database: what the GUI and the command line call. No Qt."""

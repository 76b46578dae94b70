"""Plain-Python rules of OTOP registration. Imports neither Qt nor SQLAlchemy."""

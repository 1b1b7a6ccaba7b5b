"""Persistent state: the analytical store (DuckDB) and the application database."""

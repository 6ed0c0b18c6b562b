"""Persistence: typed models, Alembic migrations and the unit-of-work session handling."""

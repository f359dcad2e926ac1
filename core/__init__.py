"""Shared kernel: settings, database wiring, errors, security, audit and clock. No business rules, no FastAPI."""

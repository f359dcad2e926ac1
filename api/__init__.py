"""The HTTP face: the only package that imports FastAPI."""

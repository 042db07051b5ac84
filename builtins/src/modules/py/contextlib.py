"""The contextlib module (Taipan's own implementation)."""

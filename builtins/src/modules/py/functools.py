"""The functools module (Taipan's own implementation)."""

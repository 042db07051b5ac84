"""The itertools module (Taipan's own implementation)."""

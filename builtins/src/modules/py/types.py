"""The types module (Taipan's own implementation)."""

"""The bisect module (Taipan's own implementation)."""

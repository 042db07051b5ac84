"""The json module (Taipan's own implementation)."""

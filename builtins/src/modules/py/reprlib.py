"""The reprlib module (Taipan's own implementation)."""

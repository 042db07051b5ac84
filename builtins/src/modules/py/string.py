"""The string module (Taipan's own implementation)."""

"""The keyword module (Taipan's own implementation)."""

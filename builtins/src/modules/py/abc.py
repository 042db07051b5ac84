"""The abc module (Taipan's own implementation)."""

"""The warnings module (Taipan's own implementation)."""

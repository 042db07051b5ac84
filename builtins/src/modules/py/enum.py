"""The enum module (Taipan's own implementation)."""

"""The random module (Taipan's own implementation)."""

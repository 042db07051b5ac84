"""The io module (Taipan's own implementation)."""

"""The copy module (Taipan's own implementation)."""

"""The dataclasses module (Taipan's own implementation)."""

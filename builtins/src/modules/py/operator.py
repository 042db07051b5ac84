"""The operator module (Taipan's own implementation)."""

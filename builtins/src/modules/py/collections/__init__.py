"""Container datatypes (Taipan's own implementation)."""

"""OS routines (Taipan's own implementation)."""

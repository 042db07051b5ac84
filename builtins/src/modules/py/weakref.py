"""The weakref module (Taipan's own implementation)."""

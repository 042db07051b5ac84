"""The __future__ module (Taipan's own implementation)."""

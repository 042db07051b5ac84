"""The textwrap module (Taipan's own implementation)."""

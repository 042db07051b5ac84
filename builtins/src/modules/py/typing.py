"""The typing module (Taipan's own implementation)."""

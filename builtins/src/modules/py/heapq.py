"""The heapq module (Taipan's own implementation)."""

"""Abstract base classes for containers."""

"""Common pathname manipulations (POSIX)."""

"""Per-user paths, settings and the shipped resources. Runs without Qt."""

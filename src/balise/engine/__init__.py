"""Engines that run the batch pipeline: embedded (default) and Spark (optional)."""

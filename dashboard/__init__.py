"""Read-only command-center queries (综合调度平台): summary, map, live stream. Never writes."""

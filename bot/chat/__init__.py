"""The Discord face: client, cogs, views and rendering. Thin: parse, check, call the core, render."""

"""Operations: backups, health checks and other work for whoever runs the bot."""

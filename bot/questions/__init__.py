"""The question log: what members asked and how well the bot answered, never who asked."""

from bot.questions.service import QuestionLogService

__all__ = ["QuestionLogService"]

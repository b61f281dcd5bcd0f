"""Everything the Discord face shows, built from core data and kept within Discord's limits."""

from bot.chat.render.embeds import (
    NO_ANSWER_TITLE,
    TIP_POINTER,
    SearchPage,
    badge,
    entry_embed,
    entry_page_embed,
    entry_pages,
    fit_total,
    has_more,
    list_embed,
    no_answer_embed,
    not_found_embed,
    question_line,
    search_embed,
    talk_embed,
)
from bot.chat.render.text import cut_markdown, paginate, shorten, shorten_plain
from bot.text import escape_member_text

__all__ = [
    "NO_ANSWER_TITLE",
    "TIP_POINTER",
    "SearchPage",
    "badge",
    "cut_markdown",
    "entry_embed",
    "entry_page_embed",
    "entry_pages",
    "escape_member_text",
    "fit_total",
    "has_more",
    "list_embed",
    "no_answer_embed",
    "not_found_embed",
    "paginate",
    "question_line",
    "search_embed",
    "shorten",
    "shorten_plain",
    "talk_embed",
]

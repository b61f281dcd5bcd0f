"""Tips: safe intake (anonymous by default), follow-up by receipt, moderator triage, retention, drafts.

Plain async core; never imports discord. Faces use `TipService` and the shapes in `bot.tips.model`.
"""

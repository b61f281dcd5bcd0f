"""The one list of a tip's fields: what the tipster fills in, how long it may be, where it shows.

Every face and every core step reads this list instead of naming fields itself: the intake modal
and the "add more" modal, validation, the column each field is stored in, the view moderators get,
the export allow-list, the preview and the review card. The table (bot/store/tables/tips.py) stays
the schema's source for Alembic; tests/tips/test_tip_fields.py holds the two in agreement and fails
if intake leaves a column unwritten.

Adding a field: a `TipField` here, the attribute on `TipForm` and `TipView` (bot/tips/model.py),
the column in the table, and its migration.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import NP_, pgettext

# The gettext contexts of a field's words: Discord's limits for a modal's label and placeholder
# (bot/i18n_catalogs.py DISCORD_LIMITS), which the catalog tests check in every language.
LABEL = "modal label"
PLACEHOLDER = "placeholder"

# Where a tipster gives a field: the first modal (Discord allows five inputs), the "add more" modal
# offered on the preview, or chosen on the preview from the bot's own list (never typed).
FORM = "form"
MORE = "more"
CHOICE = "choice"


@dataclass(frozen=True)
class TipField:
    """One field of a tip, as every face and core step sees it."""

    name: str  # on TipForm, TipView and in the export
    label: str  # what the tipster reads in the modal and the preview
    limit: int  # most characters; the modal's max_length and no more than the column holds
    column: str = ""  # the `tips` column; the name when empty
    step: str = FORM
    required: bool = False
    placeholder: str = ""
    long: bool = False  # a paragraph: several lines, shown as a block rather than one inline line
    inline: bool = True  # beside other short fields on the preview and the card
    card_label: str = ""  # on the review card, when it says it shorter than the tipster's label
    exported: bool = True  # in `tips export` and `db export` (allow-list, bot/tips/export.py)
    on_card: bool = True  # on the preview and the moderators' card
    typed: bool = True  # free text a tipster wrote (False: picked from the bot's own words)
    link: bool = False  # must be one http(s) link

    @property
    def stored_as(self) -> str:
        return self.column or self.name

    @property
    def shown_as(self) -> str:
        """The label on the moderators' card, in the current language (the team's, where the card is
        rendered)."""
        return pgettext("embed field name", self.card_label) if self.card_label else self.label_text

    @property
    def label_text(self) -> str:
        """The label in the current language (what the tipster reads in the modal and preview)."""
        return pgettext(LABEL, self.label)

    @property
    def placeholder_text(self) -> str:
        """The placeholder in the current language ("" when the field has none)."""
        return pgettext(PLACEHOLDER, self.placeholder) if self.placeholder else ""


TIP_FIELDS: tuple[TipField, ...] = (
    TipField(
        "what",
        NP_("modal label", "What happened"),
        1500,
        required=True,
        long=True,
        placeholder=NP_(
            "placeholder", "What did you see? Facts only; leave out anything that identifies you."
        ),
        on_card=False,  # it is the preview's and the card's description, not one of their fields
    ),
    TipField(
        "vendor",
        NP_("modal label", "Vendor or product"),
        200,
        placeholder=NP_("placeholder", "Company or product name"),
    ),
    TipField(
        "country",
        NP_("modal label", "Country"),
        100,
        placeholder=NP_("placeholder", "Where it was sold or used"),
    ),
    TipField("technology", NP_("modal label", "Technology"), 100, step=CHOICE, typed=False),
    TipField(
        "when",
        NP_("modal label", "When"),
        200,
        column="when_text",
        placeholder=NP_("placeholder", "e.g. March 2025"),
    ),
    TipField(
        "source",
        NP_("modal label", "Source or evidence link"),
        500,
        column="source_url",
        placeholder=NP_("placeholder", "https://… (optional)"),
        inline=False,
        card_label=NP_("embed field name", "Source"),
        link=True,
    ),
    TipField("extra", NP_("modal label", "Anything else"), 1000, step=MORE, long=True, inline=False),
)

BY_NAME: dict[str, TipField] = {f.name: f for f in TIP_FIELDS}


def in_step(step: str) -> tuple[TipField, ...]:
    """The fields a tipster gives at one step, in the order they are asked."""
    return tuple(f for f in TIP_FIELDS if f.step == step)


def to_columns(values: object) -> dict[str, str]:
    """A form's (or view's) field values keyed by their `tips` columns: the one field map."""
    return {f.stored_as: getattr(values, f.name) for f in TIP_FIELDS}


def from_columns(row: object) -> dict[str, str]:
    """A stored tip's field values keyed by field name (for TipView and the export)."""
    return {f.name: getattr(row, f.stored_as) for f in TIP_FIELDS}

"""The mutation gate: realistic Discord-layer bugs that the Discord-facing tests must catch.

    python -m tests.mutations run                 # every mutation in mutations.yaml (minutes)
    python -m tests.mutations run --sample 4      # a seeded random few (what CI runs)
    python -m tests.mutations run --only ask-late-ack,triage-queue-public
    python -m tests.mutations list

Each entry of tests/mutations/mutations.yaml is one bug as a developer could write it: exact
`find` -> `replace` edits in one file (each `find` must occur exactly once, so a mutation that no
longer applies fails loudly instead of "surviving"), and the test files that should catch it. The
runner copies the worktree (bot/, tests/, knowledge/, pyproject.toml) to a scratch directory,
applies the edits there, and runs those tests with the scratch copy first on PYTHONPATH. A
mutation is *killed* when the tests fail, and *survives* when they pass: every survivor is a
Discord-layer bug the suite would let through. The tests are first run once on an unmutated copy
(a failing baseline stops the run with status 2, so a broken copy cannot pass for kills). The run
exits 1 if anything survives.

Last full run (2026-12-05, session 12, shared machine, main at fb1f707): 62 of 62 killed, 0
survived, ~18 minutes; session 11's: 62 of 62, 14 minutes (42 of 42 before it). Session 11 added
twenty for the code of sessions 9-10 (search worker retry, answers first, small talk, one-item
lists, the adapter fallback, the review channel's retries); session 12 added the 63rd, a receipt
rendered in the team's language, after the shared tip-filing helper had stopped catching it
(killed with `--only receipt-in-team-language`).

Tests are chosen per mutation so the full run stays in minutes; the catching tests never depend
on the fuzzer's luck (no hypothesis-only detection).
"""

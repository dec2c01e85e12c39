"""Understanding people: text → typed facts → dialogue state.

- ``slots``: one engine over the declared facts' cues (``assistant/rules/facts/*.yaml``);
- ``replies``: a short reply read as the fact the assistant just asked for;
- ``dialogue``: ``read_turn`` (one message, given the state) and ``advance`` (the state after an answer).
"""

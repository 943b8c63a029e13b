"""A small original/republished pair with one change of every kind, for the TUI tests."""

from __future__ import annotations

ORIGINAL = """The harbour council met on Tuesday to discuss the new budget for the port.

The mayor said the plan would cost 40 million and take three years to complete.

Residents of the old town complained about the noise from the building site near the market.

A spokeswoman for the railway company declined to comment on the timetable for the winter.

The old lighthouse will be closed for repairs during the whole of August.

The committee will publish its report on the flood defences before the summer recess.

Farmers along the river asked for compensation after the spring floods damaged their fields.
"""

REVISED = """The harbour council met on Tuesday to discuss the new budget for the port.

The mayor said the plan would cost 75 million and take three years to complete.

[Update, 5 July 2017: The council has since approved the budget. Literal [bold] and [/] and \
[@click=app.quit] stay text.]

Residents of the old town complained about the noise from the building site near the market.

The committee will publish its report on the flood defences before the summer recess.

Farmers along the river asked for compensation after the spring floods damaged their fields.

A spokeswoman for the railway company declined to comment on the timetable for the winter.

An unmarked new paragraph about the \x1b[31mferry\x1b[0m service was added here without any note.
"""

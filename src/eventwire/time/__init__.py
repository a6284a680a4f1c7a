"""The time stage: time expressions in news text as TimeML values, and the dates of events.

`find_timexes` finds and normalises expressions against the publication date; `event_date` and
`is_before` turn the expressions governing a clause into the event's date and its `historical` flag.
"""

from eventwire.time.dating import event_date, is_before, value_interval
from eventwire.time.timex import find_timexes

__all__ = ["event_date", "find_timexes", "is_before", "value_interval"]

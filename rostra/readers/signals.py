"""The signals readers sends (its receivers, of its own signals and of others', are in
receivers.py)."""

from django.dispatch import Signal

# Sent after the transaction that wrote buffered article views commits: page_ids, the articles
# whose totals changed. The page cache drops those articles' pages (receivers.py), so that a
# shown total is never below the database's; the counter itself knows nothing of the cache.
views_written = Signal()

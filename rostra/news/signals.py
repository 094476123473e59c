"""The signals news sends: extension points of the article page for the apps that build on
news (readers). news never imports those apps; they connect receivers to these.

(news's own receivers are in receivers.py.)
"""

from django.dispatch import Signal

# Sent before an article's main page is rendered (GET/HEAD): page, request.
article_requested = Signal()
# Sent from ArticlePage.get_context: page, request; each receiver returns a dict for the context.
article_context = Signal()

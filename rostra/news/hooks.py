"""Extension points of the article page for apps that build on news (readers).

news never imports those apps; they connect receivers here.
"""

from django.dispatch import Signal

# Sent before an article's main page is rendered (GET/HEAD): page, request.
article_requested = Signal()
# Sent from ArticlePage.get_context: page, request; each receiver returns a dict for the context.
article_context = Signal()

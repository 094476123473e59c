"""Stock Wagtail serving Rostra's content: the reference of bench/article_render.py."""

"""Public pages of the organization registry, inside the language prefix (/en/org/...)."""

app_name = "org"
urlpatterns: list = []

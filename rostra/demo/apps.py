from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "rostra.demo"
    label = "demo"
    verbose_name = "Demo content"

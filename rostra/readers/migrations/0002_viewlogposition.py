from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("readers", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ViewLogPosition",
            fields=[
                (
                    "name",
                    models.CharField(max_length=500, primary_key=True, serialize=False),
                ),
                ("inode", models.BigIntegerField()),
                ("offset", models.BigIntegerField(default=0)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
        ),
    ]

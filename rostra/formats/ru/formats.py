"""Russian date formats where Django's fall short: a day with its month takes the month in the
genitive («2 декабря», not «2 Декабрь»)."""

MONTH_DAY_FORMAT = "j E"

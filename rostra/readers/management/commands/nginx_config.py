"""`rostra nginx_config`: nginx's configuration for serving cached pages itself.

Prints (or writes) the part of nginx's http block that serves the page files Rostra writes
(ROSTRA_NGINX_PAGES=1), passes everything else to `rostra serve`, and logs article views to the
log that Rostra reads; for /etc/nginx/conf.d/rostra.conf. With --standalone DIR, a whole
nginx.conf keeping its pid, logs and temporary files in DIR (`nginx -p DIR -c DIR/nginx.conf`).
"""

from __future__ import annotations

import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rostra.readers import nginx

_ADDRESS = re.compile(r"^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+|\*)?:?\d{1,5}$|^unix:/\S+$")


class Command(BaseCommand):
    help = "Print nginx's configuration for serving Rostra's cached pages and logging views."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--listen", default="80", help="nginx's listen address (80)")
        parser.add_argument(
            "--upstream",
            default="127.0.0.1:8000",
            help="where `rostra serve` listens (127.0.0.1:8000)",
        )
        parser.add_argument("--server-name", default="", help="nginx's server_name")
        parser.add_argument("--standalone", metavar="DIR", help="a whole nginx.conf using DIR")
        parser.add_argument("--workers", default="auto", help="worker_processes (standalone)")
        parser.add_argument("--user", help="the user nginx's workers run as (standalone)")
        parser.add_argument("--output", "-o", help="write to this file instead of printing")

    def handle(
        self,
        *args: object,
        listen: str,
        upstream: str,
        server_name: str,
        standalone: str | None,
        workers: str,
        user: str | None,
        output: str | None,
        **o: object,
    ) -> None:
        for name, value in (("--listen", listen), ("--upstream", upstream)):
            if not _ADDRESS.match(value):
                raise CommandError(f"{name} {value!r}: give PORT, HOST:PORT or unix:/PATH")
        if server_name and not re.fullmatch(r"[A-Za-z0-9.*~_ -]+", server_name):
            raise CommandError(f"--server-name {server_name!r}: host names only")
        if workers != "auto" and not workers.isdigit():
            raise CommandError("--workers: a number or auto")
        prefix = Path(standalone).resolve() if standalone else None
        if prefix is not None:
            for sub in ("", "body", "proxy", "fastcgi", "uwsgi", "scgi"):
                (prefix / sub).mkdir(parents=True, exist_ok=True)
        nginx.pages_dir().mkdir(parents=True, exist_ok=True)
        nginx.views_log().parent.mkdir(parents=True, exist_ok=True)
        text = nginx.config(
            listen,
            upstream,
            server_name=server_name,
            standalone_prefix=prefix,
            workers=workers,
            user=user,
        )
        if output:
            Path(output).write_text(text)
        else:
            self.stdout.write(text, ending="")

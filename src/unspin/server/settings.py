"""Server settings: one frozen value."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

DEFAULT_MAX_BODY = 1024 * 1024
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8081
    workers: int = 1
    allow_origins: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY
    timeout: float = DEFAULT_TIMEOUT

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False

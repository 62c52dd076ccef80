"""The machine's network addresses, for the facilitator to pick which one phones reach.

The voting server binds to exactly one address. A laptop in a meeting room often has
several (the room's Wi-Fi, a cable, a VPN, a virtual machine's network), and only the
facilitator knows which one the room's phones are on, so the program lists them all
with their interface names and proposes the first that is not this computer alone.

Standard library only: each interface's IPv4 address where the system tells it
(Linux and the BSDs/macOS, through ``SIOCGIFADDR``), the address of the default route
(a UDP socket "connected" to a documentation address: nothing is sent), and what the
host name resolves to (Windows lists its adapters' addresses there).
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
_PROBE = ("192.0.2.1", 9)  # TEST-NET-1: a UDP connect only picks the route, sends nothing
_SIOCGIFADDR = 0x8915 if sys.platform.startswith("linux") else 0xC0206921


@dataclass(frozen=True)
class Address:
    ip: str
    interface: str = ""  # the system's name for it ("wlan0", "en0"), when known

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.ip).is_loopback


def _interface_addresses() -> list[Address]:
    try:
        import fcntl
        names = [name for _, name in socket.if_nameindex()]
    except (ImportError, OSError, AttributeError):  # Windows has no fcntl
        return []
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for name in names:
            request = struct.pack("256s", name.encode("utf-8", "replace")[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, request)
            except OSError:  # down, or no IPv4 address
                continue
            found.append(Address(socket.inet_ntoa(answer[20:24]), name))
    return found


def _default_route_address() -> list[Address]:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            return [Address(probe.getsockname()[0])]
    except OSError:  # no network at all
        return []


def _host_name_addresses() -> list[Address]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except (OSError, UnicodeError):
        return []
    return [Address(info[4][0]) for info in infos]


def local_addresses() -> list[Address]:
    """Every IPv4 address of this machine, the ones other devices can reach first (in the
    system's order), this computer alone (127.0.0.1) last; each once, named where known."""
    by_ip: dict[str, Address] = {}
    for address in (*_interface_addresses(), *_default_route_address(),
                    *_host_name_addresses(), Address(LOOPBACK, "lo")):
        try:
            ip = ipaddress.ip_address(address.ip)
        except ValueError:
            continue
        if ip.version != 4 or ip.is_unspecified:
            continue
        known = by_ip.get(address.ip)
        if known is None or (not known.interface and address.interface):
            by_ip[address.ip] = address
    return sorted(by_ip.values(), key=lambda a: a.loopback)


def default_address(addresses: list[Address]) -> Address:
    """The first address phones can reach; this computer alone when there is none."""
    for address in addresses:
        if not address.loopback:
            return address
    return addresses[0] if addresses else Address(LOOPBACK, "lo")

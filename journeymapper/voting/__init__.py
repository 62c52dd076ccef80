"""Dot voting from the participants' phones: the page and the server (no Qt).

:mod:`.server` serves one open round's :class:`~journeymapper.model.voting.Tally` on
the local network; :mod:`.page` is the phone page; :mod:`.qr` draws the address as a
QR code. The window (``journeymapper/app/voting.py``) starts and stops the server and
reads the tally in its own thread; nothing here touches the map.
"""

from .server import VotingServer, new_room_code

__all__ = ["VotingServer", "new_room_code"]

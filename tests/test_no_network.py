"""The autouse guard of tests/conftest.py: no test reaches the network.

Oogst works fully offline (DESIGN.md); any accidental connection or name
lookup in the program or a dependency must fail the suite, not go unnoticed.
"""
from __future__ import annotations

import socket
import urllib.request

import pytest


@pytest.fixture
def NetworkAccess(no_network):  # noqa: N802 - the exception class the guard raises
    """The autouse guard of tests/conftest.py returns its exception class."""
    return no_network



@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_connect_and_connect_ex_are_refused(family, NetworkAccess):
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        address = ("127.0.0.1", 9) if family == socket.AF_INET else ("::1", 9, 0, 0)
        with pytest.raises(NetworkAccess):
            sock.connect(address)
        with pytest.raises(NetworkAccess):
            sock.connect_ex(address)


def test_udp_connect_is_refused(NetworkAccess):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkAccess):
            sock.connect(("192.0.2.1", 53))


def test_create_connection_and_name_lookup_are_refused(NetworkAccess):
    with pytest.raises(NetworkAccess):
        socket.create_connection(("localhost", 80), timeout=1)
    with pytest.raises(NetworkAccess):
        socket.getaddrinfo("example.org", 443)


def test_a_library_reaching_out_fails_loudly(NetworkAccess):
    with pytest.raises(NetworkAccess):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)


def test_local_unix_sockets_still_work(tmp_path):
    """Qt and multiprocessing talk over AF_UNIX; that is not the network."""
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"oogst")
        assert b.recv(5) == b"oogst"
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(path)
        server.listen(1)
        client.connect(path)
        conn, _ = server.accept()
        with conn:
            client.sendall(b"x")
            assert conn.recv(1) == b"x"

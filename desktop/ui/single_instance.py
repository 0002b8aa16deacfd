"""One window per data folder: a second launch with a package file (`cchc FILE.cchc`, a
double-click on a package) hands the file to the window already running instead of failing on
the workspace lock.

The channel is a QLocalServer named after the user and the data folder (a named pipe on
Windows, a socket in the temp folder elsewhere — nothing in the user's profile). The second
launch connects, sends one line of JSON `{"open": ["/abs/path.cchc", …]}`, waits for the
answer `ok` and exits; if nobody answers it opens its own window as before.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000
ANSWER_MS = 5000
MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    folder = os.path.normcase(os.path.abspath(data_dir))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"cchc-desk-{digest}"


def hand_over(data_dir: Path, files: list[Path]) -> bool:
    """Give `files` to the window running on `data_dir`; True if it took them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    if os.name == "nt":  # let the running window come to the front (ASFW_ANY)
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
    message = json.dumps({"open": [str(Path(f).resolve()) for f in files]}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.waitForBytesWritten(ANSWER_MS)
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.startswith(b"ok")


class InstanceServer(QObject):
    """Listens for second launches; `files_received` carries the paths they hand over."""

    files_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.listening = self._listen()

    def _listen(self) -> bool:
        # Asked first: listening would take the name over (Qt replaces the socket file).
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):  # another window of this folder is running
            probe.abort()
            return False
        if self.server.listen(self.name):
            return True
        # A socket file left by a window that crashed (Unix): nobody answers on it.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        try:
            files = [Path(p) for p in json.loads(line.decode("utf-8"))["open"]]
        except (ValueError, KeyError, TypeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)

    def close(self) -> None:
        self.server.close()

#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for the send tests (aiosmtpd, Debian's
python3-aiosmtpd): each message it accepts is written to MAILDIR as
<n>.eml with its envelope recipients in <n>.rcpt; a recipient whose
address starts with "refuse" is refused with 550, as a server refuses an
address it has no mailbox for. Writes its port to PORTFILE once listening
and runs until killed.

    smtp_server.py MAILDIR PORTFILE [--auth USER:PASSWORD]
"""
import asyncio
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keeper:
    def __init__(self, maildir):
        self.maildir = maildir
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refuse"):
            return "550 5.1.1 <%s>: Recipient address rejected: no such mailbox" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.maildir, "%04d" % self.count)
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        os.rename(base + ".eml.part", base + ".eml")
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    maildir, portfile = sys.argv[1], sys.argv[2]
    credentials = None
    if len(sys.argv) > 4 and sys.argv[3] == "--auth":
        user, password = sys.argv[4].split(":", 1)
        credentials = (user.encode(), password.encode())

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == credentials
        return AuthResult(success=ok, handled=False)  # False: the server answers 535 itself

    os.makedirs(maildir, exist_ok=True)
    port = free_port()
    kwargs = {}
    if credentials:
        kwargs = dict(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    controller = Controller(Keeper(maildir), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    with open(portfile + ".part", "w") as f:
        f.write(str(port))
    os.rename(portfile + ".part", portfile)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

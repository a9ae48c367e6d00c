#!/usr/bin/env python3
"""A minimal SMTP server for the reliability scripts: it accepts every message and writes each one
(one SMTP transaction = one file) to a folder, so that the e-mails an application sent survive the
application being killed, and can be counted: python3 smtp-sink.py <folder> <port>."""
import os
import socketserver
import sys
import time

FOLDER = sys.argv[1]
PORT = int(sys.argv[2])
os.makedirs(FOLDER, exist_ok=True)


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        try:
            self.converse()
        except (BrokenPipeError, ConnectionResetError):
            pass  # a client that only checked the port

    def converse(self):
        self.reply("220 reliability-sink ESMTP")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-reliability-sink" if verb == "EHLO" else "250 reliability-sink")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "MAIL":
                sender, recipients = line[10:].strip(), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(line[8:].strip())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while True:
                    raw = self.rfile.readline()
                    if not raw or raw in (b".\r\n", b".\n"):
                        break
                    body.append(raw[1:] if raw.startswith(b"..") else raw)
                name = "%d-%d.eml" % (time.time_ns(), os.getpid())
                tmp = os.path.join(FOLDER, "." + name)
                with open(tmp, "wb") as f:
                    f.write(("X-Sink-Recipients: %s\r\n" % ",".join(recipients)).encode())
                    f.write(b"".join(body))
                    f.flush()
                    os.fsync(f.fileno())
                os.rename(tmp, os.path.join(FOLDER, name))
                self.reply("250 OK queued")
            elif verb == "RSET":
                sender, recipients = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", PORT), Handler) as server:
    server.serve_forever()

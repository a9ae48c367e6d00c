#!/usr/bin/env python3
"""A stand-in for the Partnerships Team's receiver of Performance Reward Grant proposals, outside the
application, for the reliability scripts: python3 prg-receiver.py <folder> <port>.

It answers POST /api/prg/submissions as the real receiver does (PrgApi#receive): 201 with a new
receiptReference the first time a proposal reference arrives, 409 with the same receipt when the
same reference comes again (a retried submission), and records nothing new then. Every POST is
appended to <folder>/posts.jsonl (reference, status answered, receipt, time) and each receipt given to
<folder>/receipts.jsonl, both written and fsync'ed before the answer goes, so that what arrived can be
counted whatever happens to the application."""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FOLDER = sys.argv[1]
PORT = int(sys.argv[2])
os.makedirs(FOLDER, exist_ok=True)
POSTS = os.path.join(FOLDER, "posts.jsonl")
RECEIPTS = os.path.join(FOLDER, "receipts.jsonl")
lock = threading.Lock()
receipts = {}
if os.path.exists(RECEIPTS):
    with open(RECEIPTS) as f:
        for line in f:
            r = json.loads(line)
            receipts[r["reference"]] = r["receiptReference"]


def append(path, record):
    with open(path, "a") as f:
        f.write(json.dumps(record) + "\n")
        f.flush()
        os.fsync(f.fileno())


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") != "/api/prg/submissions":
            self.answer(404, {"message": "No such endpoint."})
            return
        try:
            reference = json.loads(raw or b"{}").get("reference")
        except ValueError:
            reference = None
        if not reference:
            self.answer(400, {"message": "A submission needs the proposal's reference."})
            return
        with lock:
            receipt = receipts.get(reference)
            status = 409 if receipt else 201
            if not receipt:
                receipt = "RCPT-%d-%s" % (len(receipts) + 1, reference)
                receipts[reference] = receipt
                append(RECEIPTS, {"reference": reference, "receiptReference": receipt, "at": time.time()})
            append(POSTS, {"reference": reference, "status": status, "receiptReference": receipt, "at": time.time()})
        body = {"reference": reference, "receiptReference": receipt, "late": False,
                "receivedAt": time.strftime("%Y-%m-%dT%H:%M:%S")}
        if status == 409:
            body = {"message": "Proposal %s was already received (receipt %s); it is not recorded again." % (reference, receipt), **body}
        self.answer(status, body)


class Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", PORT), Handler) as server:
    server.serve_forever()

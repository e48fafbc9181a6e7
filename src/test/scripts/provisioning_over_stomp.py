#!/usr/bin/env python3
"""An OSS system over STOMP: sends create requests (and repeats of some) to the provisioning queue, then a
list, and checks from the results that every create was applied exactly once.

Usage: provisioning_over_stomp.py HOST PORT REQUESTS REPEATS TIMEOUT_SECONDS
"""
import json
import socket
import sys
import time
import uuid

QUEUE = "igc.provisioning"
RESULTS = "igc.provisioning.results"


def frame(command, headers, body=""):
    lines = [command] + [f"{name}:{value}" for name, value in headers.items()]
    return ("\n".join(lines) + "\n\n" + body + "\0").encode("utf-8")


class Stomp:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.buffer = b""
        self.sock.sendall(frame("CONNECT", {"accept-version": "1.2", "host": "localhost", "heart-beat": "0,0"}))
        command, _, _ = self.next_frame(10)
        if command != "CONNECTED":
            raise SystemExit(f"broker refused the STOMP connection: {command}")

    def send(self, text, receipt=None):
        # No content-length: the gateway receives a JMS TextMessage.
        headers = {"destination": QUEUE, "destination-type": "ANYCAST", "persistent": "true"}
        if receipt:
            headers["receipt"] = receipt
        self.sock.sendall(frame("SEND", headers, text))

    def subscribe(self, destination):
        self.sock.sendall(frame("SUBSCRIBE", {"id": "results", "destination": destination,
                                              "subscription-type": "ANYCAST", "ack": "auto"}))

    def next_frame(self, timeout):
        deadline = time.monotonic() + timeout
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None, None, None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None, None, None
            if not chunk:
                raise SystemExit("the broker closed the STOMP connection")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        head, _, body = raw.decode("utf-8").lstrip("\r\n").partition("\n\n")
        command, *header_lines = head.split("\n")
        headers = dict(line.split(":", 1) for line in header_lines if ":" in line)
        return command, headers, body


def create(request_id, service_user_id):
    return json.dumps({
        "requestId": request_id, "operation": "create", "tenantId": "ApioSpTest", "groupId": "ApioGrpTest",
        "body": {"serviceUserId": service_user_id,
                 "serviceInstanceProfile": {"name": "Multi", "cliLastName": "L", "cliFirstName": "F"}}})


def main():
    host, port, requests, repeats, timeout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), \
        float(sys.argv[5])
    run = uuid.uuid4().hex[:8]
    prefix = f"multi{run}-"
    stomp = Stomp(host, port)
    stomp.subscribe(RESULTS)
    started = time.monotonic()
    for i in range(requests):
        stomp.send(create(f"{run}-{i}", f"{prefix}{i}@sip.netaxis.be"))
    # Repeats of the first requests, sent while their originals may still be running on the other instance.
    for i in range(repeats):
        stomp.send(create(f"{run}-{i}", f"{prefix}{i}@sip.netaxis.be"), receipt="sent" if i == repeats - 1 else None)
    print(f"sent {requests} creates and {repeats} repeats in {time.monotonic() - started:.1f} s", flush=True)

    results = {}
    repeated = {}
    listed = None
    deadline = started + timeout
    list_sent = False
    while listed is None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SystemExit(f"FAIL: timed out with {len(results)} create results, {len(repeated)} repeat results")
        command, headers, body = stomp.next_frame(min(left, 5))
        if command != "MESSAGE":
            continue
        result = json.loads(body)
        request_id = result["requestId"]
        if request_id == f"{run}-list":
            listed = result
        elif request_id in results:
            if request_id in repeated:
                raise SystemExit(f"FAIL: more than two results for {request_id}")
            repeated[request_id] = result
        else:
            results[request_id] = result
        if not list_sent and len(results) == requests and len(repeated) == repeats:
            print(f"all {requests + repeats} results in {time.monotonic() - started:.1f} s", flush=True)
            stomp.send(json.dumps({"requestId": f"{run}-list", "operation": "list",
                                   "tenantId": "ApioSpTest", "groupId": "ApioGrpTest"}))
            list_sent = True

    failures = [r for r in results.values() if r["status"] != 201]
    if failures:
        raise SystemExit(f"FAIL: {len(failures)} creates not 201, e.g. {failures[0]}")
    differing = [i for i, r in repeated.items() if r != results[i]]
    if differing:
        raise SystemExit(f"FAIL: {len(differing)} repeats answered differently from their first result, "
                         f"e.g. {repeated[differing[0]]} vs {results[differing[0]]}")
    applied = [c["serviceUserId"] for c in listed["body"]["instantGroupCalls"] if c["serviceUserId"].startswith(prefix)]
    if len(applied) != requests or len(set(applied)) != requests:
        raise SystemExit(f"FAIL: BroadWorks has {len(applied)} instances of this run, expected {requests}")
    print(f"OK: {requests} creates applied exactly once, {repeats} repeats answered with their first result")


if __name__ == "__main__":
    main()

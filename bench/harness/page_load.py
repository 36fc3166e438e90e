#!/usr/bin/env python3
"""Load time of a local page in headless Chromium through chromedriver's W3C HTTP API (no Selenium needed).

Prints the median over three navigations of navigation start -> load event end, in milliseconds.
Usage: page_load.py FILE.html
"""
import json, os, socket, subprocess, sys, tempfile, time, urllib.request, pathlib


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)["value"]


def main():
    page = pathlib.Path(sys.argv[1]).resolve().as_uri()
    port = free_port()
    driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="docs-bench-profile")
    try:
        for _ in range(100):
            try:
                call(port, "GET", "/status")
                break
            except OSError:
                time.sleep(0.05)
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}"]
        session = call(port, "POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})
        sid = session["sessionId"]
        times = []
        for _ in range(3):
            call(port, "POST", f"/session/{sid}/url", {"url": "about:blank"})
            call(port, "POST", f"/session/{sid}/url", {"url": page})
            t = call(port, "POST", f"/session/{sid}/execute/sync", {"script": (
                "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;"),
                "args": []})
            times.append(t)
        call(port, "DELETE", f"/session/{sid}")
        print(round(sorted(times)[1]))
    finally:
        driver.terminate()
        driver.wait()


if __name__ == "__main__":
    main()

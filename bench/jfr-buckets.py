#!/usr/bin/env python3
"""Where the event loop's time goes in a JFR recording of the public count (bench/public-count.sh, JFR_PID).

    python3 bench/jfr-buckets.py public-count.jfr

Reads the jdk.ExecutionSample events (`jfr print --json --stack-depth 96`), keeps those of the
vert.x-eventloop threads and puts each sample in the first bucket that one of its frames, read
from the top of the stack down, belongs to: so a sample counts for the innermost piece of work it
was in (the micrometer timer inside a response's end counts as micrometer, not as the write).
"""
import collections
import json
import subprocess
import sys

BUCKETS = [
    ("micrometer timer/tags", ["micrometer"]),
    ("request id", ["RequestId", "UUID"]),
    ("HTTP encode + socket write", ["Http1xServerResponse.end", "HttpObjectEncoder", "flush0",
                                    "SocketChannelImpl.write", "ChannelOutboundBuffer"]),
    ("header building", ["HeadersMultiMap", "HttpHeaders", "headers", "PublicHeaders"]),
    ("route handler (own)", ["PublicCountRoute", "Rendered"]),
    ("REST template path for metrics", ["setTemplatePath", "ResteasyReactiveRecorder$13", "RequestMapper"]),
    ("security (deferred identity, context propagation)", ["HttpSecurityRecorder", "quarkus/security", "mutiny",
                                                           "smallrye/context"]),
    ("BodySizeLimit", ["BodySizeLimit"]),
    ("vert.x router", ["RouterImpl", "RoutingContext", "RouteState"]),
    ("quarkus root handlers (graceful shutdown, common)", ["GracefulShutdownFilter", "HttpServerCommonHandlers",
                                                           "VertxHttpRecorder"]),
    ("HTTP decode + socket read", ["HttpObjectDecoder", "doReadBytes", "SocketChannelImpl.read",
                                   "ByteToMessageDecoder"]),
    ("flush at read complete", ["channelReadComplete"]),
]

events = json.loads(subprocess.check_output(
    ["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", sys.argv[1]]))
counts = collections.Counter()
for event in events["recording"]["events"]:
    thread = event["values"].get("sampledThread") or {}
    if "vert.x-eventloop" not in (thread.get("javaName") or thread.get("osName") or ""):
        continue
    frames = [f["method"]["type"]["name"] + "." + f["method"]["name"]
              for f in event["values"]["stackTrace"]["frames"]]
    bucket = next((b for frame in frames for b, keys in BUCKETS if any(k in frame for k in keys)),
                  "netty / JVM other")
    counts[bucket] += 1
total = sum(counts.values())
print(f"{total} samples on the event loop threads")
for bucket, n in counts.most_common():
    print(f"{100 * n / total:5.1f}%  {n:6d}  {bucket}")
